'use client';
// Page links (first, previous, next, last), the position in the result and the page-size menu.
import Link from 'next/link';
import { pageCount, positionText, type TableState } from '@/lib/lists/search-params';
import type { TableNavigation } from './use-table-navigation';

const linkClass = 'rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100';
const disabledClass = 'rounded border border-slate-200 px-2 py-1 text-slate-400';

export function Pagination({ state, total, perPageOptions, nav, itemLabel }: { state: TableState; total: number; perPageOptions: readonly number[]; nav: TableNavigation; itemLabel: string }) {
  const pages = pageCount(total, state.perPage);
  const page = Math.min(state.page, pages);
  const from = total === 0 ? 0 : (page - 1) * state.perPage + 1;
  const to = Math.min(total, page * state.perPage);
  const options = perPageOptions.includes(state.perPage) ? perPageOptions : [...perPageOptions, state.perPage].sort((a, b) => a - b);
  const pageLink = (target: number, label: string, text: string) =>
    target === page || target < 1 || target > pages ? (
      <span className={disabledClass} aria-disabled="true">
        {text}
      </span>
    ) : (
      <Link href={nav.hrefFor({ page: target })} onClick={nav.onLinkClick({ page: target })} aria-label={label} className={linkClass} scroll={false}>
        {text}
      </Link>
    );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">
        {positionText(from, to, total, itemLabel)}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1">
          <span>Rows per page</span>
          <select
            value={state.perPage}
            onChange={(event) => nav.go({ perPage: Number(event.target.value) })}
            className="rounded border border-slate-300 bg-white px-1 py-1"
          >
            {options.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {pageLink(1, 'First page', '«')}
        {pageLink(page - 1, 'Previous page', '‹ Prev')}
        <span>
          Page {page} of {pages}
        </span>
        {pageLink(page + 1, 'Next page', 'Next ›')}
        {pageLink(pages, 'Last page', '»')}
      </div>
    </nav>
  );
}
