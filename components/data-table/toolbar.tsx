'use client';
// The filter bar: selects apply at once, text and date fields on Enter or "Apply"; either way all the fields
// apply together. Every filter lives in the URL, so the view can be bookmarked and shared; "Clear" goes
// back to the unfiltered view. The fields keep what the person is typing while a view loads: when the
// URL's filters change, only the fields the person has not touched since are brought in line with them.
import Link from 'next/link';
import { useId, useState } from 'react';
import { followApplied } from './filter-drafts';
import { SuggestInput } from './suggest-input';
import type { TableState } from '@/lib/lists/search-params';
import type { FilterDef } from './types';
import type { TableNavigation } from './use-table-navigation';

const controlClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';

export function Toolbar({ filters, state, nav, children }: { filters: FilterDef[]; state: TableState; nav: TableNavigation; children?: React.ReactNode }) {
  const id = useId();
  const active = filters.some((filter) => state.filters[filter.id]);
  const applied = JSON.stringify(state.filters);
  const [drafts, setDrafts] = useState(() => ({ applied, values: { ...state.filters } as Record<string, string | undefined> }));
  if (drafts.applied !== applied) setDrafts({ applied, values: followApplied(drafts.values, JSON.parse(drafts.applied), state.filters) });
  const setDraft = (name: string, value: string) => setDrafts((current) => ({ ...current, values: { ...current.values, [name]: value } }));
  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next: Record<string, string | undefined> = {};
    for (const filter of filters) next[filter.id] = String(data.get(filter.id) ?? '').trim() || undefined;
    nav.go({ filters: next });
  };
  return (
    <form
      role="search"
      aria-label="Filter the table"
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      className="grid grid-cols-2 items-end gap-2 sm:grid-cols-3 lg:flex lg:flex-wrap"
    >
      {filters.map((filter) => {
        const controlId = `${id}-${filter.id}`;
        return (
          // An explicit label (not a wrapping one), so a select's accessible name is its label alone.
          <div key={filter.id} className={`text-sm ${filter.type === 'search' ? 'col-span-2 sm:col-span-3 lg:min-w-64 lg:flex-1' : 'lg:w-40'}`}>
            <label htmlFor={controlId} className="font-medium text-slate-700">
              {filter.label}
            </label>
            {filter.type === 'select' ? (
              <select
                id={controlId}
                name={filter.id}
                value={drafts.values[filter.id] ?? ''}
                onChange={(event) => {
                  setDraft(filter.id, event.currentTarget.value);
                  apply(event.currentTarget.form!);
                }}
                className={controlClass}
              >
                <option value="">{filter.allLabel ?? 'All'}</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : filter.type === 'suggest' ? (
              <SuggestInput
                id={controlId}
                source={filter.source}
                name={filter.id}
                value={drafts.values[filter.id] ?? ''}
                onChange={(event) => setDraft(filter.id, event.currentTarget.value)}
                placeholder={filter.placeholder}
                className={controlClass}
              />
            ) : (
              <input
                id={controlId}
                type={filter.type === 'date' ? 'date' : 'search'}
                name={filter.id}
                value={drafts.values[filter.id] ?? ''}
                onChange={(event) => setDraft(filter.id, event.currentTarget.value)}
                placeholder={filter.type === 'date' ? undefined : filter.placeholder}
                inputMode={filter.type === 'text' ? filter.inputMode : undefined}
                className={controlClass}
              />
            )}
          </div>
        );
      })}
      <div className="col-span-2 flex items-center gap-2 sm:col-span-3 lg:col-span-1">
        <button type="submit" className="rounded border border-brand-600 bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
        {active && (
          <Link href={nav.hrefFor({ filters: {} })} onClick={nav.onLinkClick({ filters: {} })} className="text-sm text-brand-700 underline" scroll={false}>
            Clear filters
          </Link>
        )}
        {children}
      </div>
    </form>
  );
}
