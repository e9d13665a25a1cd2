'use client';
// The one generic table (see README.md): @tanstack/react-table for columns and visibility, with the
// server doing sorting, filtering and paging (manualSorting/manualPagination/manualFiltering). The
// view lives in the URL; this component only renders one page and links to other views.
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable, type VisibilityState } from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo } from 'react';
import { ColumnHeader } from './column-header';
import { ColumnVisibilityMenu } from './column-visibility-menu';
import { CsvExportLink } from './csv-export-link';
import { Pagination } from './pagination';
import { pageCount, type TableDefaults, type TableState } from '@/lib/lists/search-params';
import { Toolbar } from './toolbar';
import type { FilterDef } from './types';
import { useTableNavigation } from './use-table-navigation';

export interface DataTableProps<TData> {
  /** Accessible name of the table (also its visually hidden caption). */
  caption: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TData, any>[];
  /** The rows of the current page, as the server loaded them. */
  data: TData[];
  /** Rows in the whole filtered view. */
  total: number;
  /** The parsed URL state and its defaults (from tableParamsSchema(...).parse / .defaults). */
  state: TableState;
  defaults: TableDefaults;
  perPageOptions: readonly number[];
  /** Column ids the server can sort by; other headers are plain text. */
  sortable: readonly string[];
  filters?: FilterDef[];
  /** Route that answers the same search params with a CSV of the whole view. */
  exportHref?: string;
  getRowId?: (row: TData) => string;
  /** Plural noun for counts: "teams". */
  itemLabel?: string;
  /** Shown instead of rows when the view is empty. */
  emptyMessage?: React.ReactNode;
}

/** What a page hands a table wrapper: the loaded rows and the parsed view. The wrapper (a client component,
 *  since columns hold functions) adds caption, columns and labels and spreads this into DataTable. */
export type DataTableView<TData> = Pick<DataTableProps<TData>, 'data' | 'total' | 'state' | 'defaults' | 'perPageOptions' | 'sortable' | 'filters'>;

export function DataTable<TData>(props: DataTableProps<TData>) {
  const { caption, columns, data, total, state, defaults, perPageOptions, sortable, filters = [], exportHref, getRowId, itemLabel = 'rows', emptyMessage } = props;
  const nav = useTableNavigation(state, defaults);
  const columnVisibility = useMemo<VisibilityState>(() => Object.fromEntries(state.hide.map((id) => [id, false])), [state.hide]);
  // The table instance is rebuilt from props on every render (all state comes from the URL), so the
  // compiler's memoization warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: pageCount(total, state.perPage),
    state: {
      columnVisibility,
      sorting: [{ id: state.sort, desc: state.dir === 'desc' }],
      pagination: { pageIndex: state.page - 1, pageSize: state.perPage },
    },
  });
  const visibleCount = table.getVisibleLeafColumns().length;
  const hasRows = table.getRowModel().rows.length > 0;
  const filtered = filters.some((filter) => state.filters[filter.id]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        {filters.length > 0 && <Toolbar filters={filters} state={state} nav={nav} />}
        <div className="ml-auto flex items-center gap-2">
          <ColumnVisibilityMenu table={table} state={state} nav={nav} />
          {exportHref && <CsvExportLink href={exportHref} state={state} defaults={defaults} total={total} />}
        </div>
      </div>
      {/* On a phone every row is a card of labelled values; from md up, the table (and its empty state everywhere). */}
      {hasRows && <RowCards table={table} caption={caption} pending={nav.pending} />}
      <div
        aria-busy={nav.pending}
        className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${hasRows ? 'hidden md:block' : ''} ${nav.pending ? 'opacity-60' : ''}`}
      >
        {/* .data-table (app/globals.css) pads every cell once, instead of a class on each of them. */}
        <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <ColumnHeader key={header.id} header={header} state={state} sortable={sortable.includes(header.column.id)} nav={nav} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={visibleCount} className="px-3 py-10 text-center text-slate-600">
                  {emptyMessage ?? `No ${itemLabel} to show.`}
                  {filtered && (
                    <>
                      {' '}
                      <Link href={nav.hrefFor({ filters: {} })} onClick={nav.onLinkClick({ filters: {} })} className="text-brand-700 underline">
                        Clear the filters
                      </Link>
                    </>
                  )}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="align-top hover:bg-slate-50">
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    return (
                      <td key={cell.id} className={cellClass(meta?.numeric, meta?.className)}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination state={state} total={total} perPageOptions={perPageOptions} nav={nav} itemLabel={itemLabel} />
    </div>
  );
}

/** A body cell's classes, or none (no empty class attribute on every cell). */
function cellClass(numeric: boolean | undefined, extra: string | undefined): string | undefined {
  const classes = [numeric ? 'text-right tabular-nums' : '', extra ?? ''].filter(Boolean).join(' ');
  return classes || undefined;
}

/** The rows as cards for narrow screens: each visible column's label and value. */
function RowCards<TData>({ table, caption, pending }: { table: ReturnType<typeof useReactTable<TData>>; caption: string; pending: boolean }) {
  const rows = table.getRowModel().rows;
  return (
    <ul aria-label={caption} aria-busy={pending} className={`space-y-2 md:hidden ${pending ? 'opacity-60' : ''}`}>
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {row.getVisibleCells().map((cell) => {
              const meta = cell.column.columnDef.meta;
              const header = cell.column.columnDef.header;
              return (
                <div key={cell.id} className="contents">
                  <dt className="text-slate-500">{meta?.label ?? (typeof header === 'string' ? header : cell.column.id)}</dt>
                  <dd className="min-w-0 [overflow-wrap:anywhere]">{flexRender(cell.column.columnDef.cell, cell.getContext())}</dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ul>
  );
}
