'use client';
// "Columns" menu: show or hide columns. Hidden columns are kept in the URL (`hide=`), so a shared link
// and the CSV export show the same columns as the screen.
import type { Table } from '@tanstack/react-table';
import { useState } from 'react';
import type { TableState } from '@/lib/lists/search-params';
import type { TableNavigation } from './use-table-navigation';

export function ColumnVisibilityMenu<TData>({ table, state, nav }: { table: Table<TData>; state: TableState; nav: TableNavigation }) {
  // The boxes change at once; the URL (and the server-rendered table) follow. When the URL changes
  // some other way (back button, a shared link), the boxes take its value again.
  const [hidden, setHidden] = useState(state.hide);
  const [fromUrl, setFromUrl] = useState(state.hide.join(','));
  if (fromUrl !== state.hide.join(',')) {
    setFromUrl(state.hide.join(','));
    setHidden(state.hide);
  }
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  if (columns.length === 0) return null;
  const toggle = (id: string, visible: boolean) => {
    const hide = visible ? hidden.filter((other) => other !== id) : [...hidden, id];
    setHidden(hide);
    nav.go({ hide });
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
        Columns{hidden.length ? ` (${hidden.length} hidden)` : ''}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 rounded border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">Visible columns</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex items-center gap-2 px-1 py-1 text-sm">
            <input type="checkbox" checked={!hidden.includes(column.id)} onChange={(event) => toggle(column.id, event.target.checked)} />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
