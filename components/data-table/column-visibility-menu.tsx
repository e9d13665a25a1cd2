'use client';
// "Columns" menu: show or hide columns. Hidden columns are kept in the URL (`hide=`), so a shared link
// and the CSV export show the same columns as the screen.
import type { Table } from '@tanstack/react-table';
import type { TableState } from './search-params';
import type { TableNavigation } from './use-table-navigation';

export function ColumnVisibilityMenu<TData>({ table, state, nav }: { table: Table<TData>; state: TableState; nav: TableNavigation }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  if (columns.length === 0) return null;
  const toggle = (id: string, visible: boolean) => {
    const hide = visible ? state.hide.filter((hidden) => hidden !== id) : [...state.hide, id];
    nav.go({ hide });
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
        Columns{state.hide.length ? ` (${state.hide.length} hidden)` : ''}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 rounded border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">Visible columns</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex items-center gap-2 px-1 py-1 text-sm">
            <input type="checkbox" checked={column.getIsVisible()} onChange={(event) => toggle(column.id, event.target.checked)} />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
