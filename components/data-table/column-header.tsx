'use client';
// A sortable column header: a link to the same view sorted by this column (ascending first, then
// toggling), announced through aria-sort on the <th>.
import type { Header } from '@tanstack/react-table';
import { flexRender } from '@tanstack/react-table';
import Link from 'next/link';
import type { TableState } from '@/lib/lists/search-params';
import type { TableNavigation } from './use-table-navigation';

export function ColumnHeader<TData>({ header, state, sortable, nav }: { header: Header<TData, unknown>; state: TableState; sortable: boolean; nav: TableNavigation }) {
  const meta = header.column.columnDef.meta;
  // The link's name starts with the visible header text (WCAG 2.5.3, label in name).
  const visible = header.column.columnDef.header;
  const label = typeof visible === 'string' ? visible : (meta?.label ?? header.column.id);
  const active = state.sort === header.column.id;
  const nextDir = active && state.dir === 'asc' ? 'desc' : 'asc';
  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
  const align = meta?.numeric ? 'text-right' : 'text-left';
  return (
    <th
      scope="col"
      aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={`whitespace-nowrap px-3 py-2 font-semibold text-slate-700 ${align}`}
    >
      {sortable ? (
        <Link
          href={nav.hrefFor({ sort: header.column.id, dir: nextDir })}
          onClick={nav.onLinkClick({ sort: header.column.id, dir: nextDir })}
          aria-label={`${label}${active ? `, sorted ${state.dir === 'asc' ? 'ascending' : 'descending'}` : ''}. Sort ${nextDir === 'asc' ? 'ascending' : 'descending'}`}
          className="inline-flex items-center gap-1 rounded hover:text-brand-700 hover:underline"
          scroll={false}
        >
          {content}
          <SortIcon state={active ? state.dir : null} />
        </Link>
      ) : (
        content
      )}
    </th>
  );
}

function SortIcon({ state }: { state: 'asc' | 'desc' | null }) {
  return (
    <span aria-hidden="true" className={`text-xs ${state ? 'text-brand-700' : 'text-slate-400'}`}>
      {state === 'asc' ? '▲' : state === 'desc' ? '▼' : '↕'}
    </span>
  );
}
