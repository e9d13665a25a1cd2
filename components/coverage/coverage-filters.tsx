// The filters of both coverage views, as a plain GET form: the URL holds them (shareable, bookmarkable)
// and it works without JavaScript.
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import type { CoverageFilterOptions } from '@/lib/coverage/get-coverage-matrix';
import type { CoverageFilter } from '@/lib/coverage/types';

const CAPABILITY_LABEL = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

interface Props {
  action: '/coverage' | '/coverage/gaps';
  filter: CoverageFilter;
  options: CoverageFilterOptions;
  showRetired?: boolean;
}

function Select({ name, label, value, choices }: { name: string; label: string; value?: string; choices: { value: string; label: string }[] }) {
  const id = `coverage-filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={`${inputClass} py-1.5`}>
        <option value="">All</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CoverageFilters({ action, filter, options, showRetired }: Props) {
  const active = Boolean(filter.stack || filter.capability || filter.os || filter.arch || showRetired);
  return (
    <form method="get" action={action} role="search" aria-label="Filter coverage" className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <Select name="stack" label="Stack" value={filter.stack} choices={options.stacks.map((s) => ({ value: s.slug, label: s.name }))} />
      <Select name="capability" label="Capability" value={filter.capability} choices={options.capabilities.map((c) => ({ value: c, label: CAPABILITY_LABEL(c) }))} />
      <Select name="os" label="Operating system" value={filter.os} choices={options.oses.map((os) => ({ value: os, label: os }))} />
      <Select name="arch" label="Architecture" value={filter.arch} choices={options.arches.map((arch) => ({ value: arch, label: arch }))} />
      {action === '/coverage' ? (
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="retired" value="1" defaultChecked={showRetired} className="h-4 w-4" />
          Show retired
        </label>
      ) : (
        <span className="hidden lg:block" />
      )}
      <div className="flex gap-2 pb-0.5">
        <button type="submit" className={buttonClass('primary')}>
          Apply
        </button>
        {active && (
          <Link href={action} className={buttonClass('secondary')}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
