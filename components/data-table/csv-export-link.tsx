'use client';
// "Export CSV": the whole current view (filters, sort, visible columns), not just the page on screen.
import { tableSearchParams, type TableDefaults, type TableState } from '@/lib/lists/search-params';

export function CsvExportLink({ href, state, defaults, total }: { href: string; state: TableState; defaults: TableDefaults; total: number }) {
  const query = tableSearchParams(state, defaults, { paging: false }).toString();
  return (
    <a
      href={query ? `${href}?${query}` : href}
      download
      className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
      aria-label={`Export CSV: the ${total.toLocaleString('en')} rows of this view`}
    >
      Export CSV
    </a>
  );
}
