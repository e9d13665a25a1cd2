'use client';
// The data table's pager: the one Pager, with the rows-per-page menu and page links that move inside a
// transition (the current rows stay, dimmed, until the next page arrives).
import type { TableState } from '@/lib/lists/search-params';
import { Pager } from './pager';
import type { TableNavigation } from './use-table-navigation';

export function Pagination({ state, total, perPageOptions, nav, itemLabel }: { state: TableState; total: number; perPageOptions: readonly number[]; nav: TableNavigation; itemLabel: string }) {
  const options = perPageOptions.includes(state.perPage) ? perPageOptions : [...perPageOptions, state.perPage].sort((a, b) => a - b);
  return (
    <Pager
      page={state.page}
      total={total}
      perPage={state.perPage}
      itemLabel={itemLabel}
      hrefFor={(page) => nav.hrefFor({ page })}
      onLinkClick={(page) => nav.onLinkClick({ page })}
    >
      <label className="flex items-center gap-1">
        <span>Rows per page</span>
        <select value={state.perPage} onChange={(event) => nav.go({ perPage: Number(event.target.value) })} className="rounded border border-slate-300 bg-white px-1 py-1">
          {options.map((size) => <option key={size}>{size}</option>)}
        </select>
      </label>
    </Pager>
  );
}
