'use client';
// The filter bar: selects apply at once, text fields on Enter or "Apply". Every filter lives in the URL,
// so the view can be bookmarked and shared; "Clear" goes back to the unfiltered view.
import Link from 'next/link';
import { useId } from 'react';
import type { TableState } from './search-params';
import type { FilterDef } from './types';
import type { TableNavigation } from './use-table-navigation';

const controlClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';

export function Toolbar({ filters, state, nav, children }: { filters: FilterDef[]; state: TableState; nav: TableNavigation; children?: React.ReactNode }) {
  const id = useId();
  const active = filters.some((filter) => state.filters[filter.id]);
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
      // Remount when the URL's filters change so the fields show what is applied.
      key={JSON.stringify(state.filters)}
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
              <select id={controlId} name={filter.id} defaultValue={state.filters[filter.id] ?? ''} onChange={(event) => apply(event.currentTarget.form!)} className={controlClass}>
                <option value="">{filter.allLabel ?? 'All'}</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <>
                <input
                  id={controlId}
                  type="search"
                  name={filter.id}
                  defaultValue={state.filters[filter.id] ?? ''}
                  placeholder={filter.placeholder}
                  list={filter.type === 'suggest' ? `${controlId}-options` : undefined}
                  className={controlClass}
                />
                {filter.type === 'suggest' && (
                  <datalist id={`${controlId}-options`}>
                    {filter.options.map((option) => (
                      <option key={option} value={option} />
                    ))}
                  </datalist>
                )}
              </>
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
