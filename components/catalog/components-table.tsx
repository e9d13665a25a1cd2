'use client';
// The components of the catalogue in the generic DataTable: stack (provider), UMD capability, the
// platforms each ships on, committed teams and versions; retired ones on request.
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { Badge } from '@/components/ui/badge';
import { CAPABILITY_LABELS } from '@/lib/catalog/capabilities';
import type { ComponentRow } from '@/lib/catalog/list-components';
import { formatDate } from '@/lib/format';

const column = createColumnHelper<ComponentRow>();

const columns = [
  column.accessor('name', {
    id: 'name',
    header: 'Component',
    enableHiding: false,
    meta: { label: 'Component' },
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-1">
        <Link href={`/catalog/components/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
          {row.original.name}
        </Link>
        {row.original.retiredAt && <Badge tone="warning">retired</Badge>}
      </span>
    ),
  }),
  column.accessor((row) => row.stack.name, {
    id: 'stack',
    header: 'Stack (provider)',
    meta: { label: 'Stack' },
    cell: ({ row }) => (
      <>
        {row.original.stack.name} <span className="text-slate-500">({row.original.provider})</span>
      </>
    ),
  }),
  column.accessor('capability', { id: 'capability', header: 'Capability', meta: { label: 'UMD capability' }, cell: ({ getValue }) => CAPABILITY_LABELS[getValue()] }),
  column.accessor((row) => row.counts.platforms, {
    id: 'platforms',
    header: 'Ships on',
    meta: { label: 'Ships on' },
    cell: ({ row }) => row.original.platforms.map((p) => `${p.os} ${p.arch}`).join(', ') || <span className="text-slate-500">no platform</span>,
  }),
  column.accessor((row) => row.counts.teams, {
    id: 'teams',
    header: 'EA teams',
    meta: { label: 'Committed teams', numeric: true },
    cell: ({ getValue }) => {
      const teams = getValue();
      return teams >= 2 ? teams : <Badge tone={teams === 0 ? 'danger' : 'warning'}>{teams}</Badge>;
    },
  }),
  column.accessor((row) => row.counts.versions, {
    id: 'versions',
    header: 'Versions',
    meta: { label: 'Versions' },
    cell: ({ row }) => (row.original.counts.versions ? `${row.original.counts.versions} (latest ${row.original.latestVersion})` : '—'),
  }),
  column.accessor('createdAt', { id: 'createdAt', header: 'Added', meta: { label: 'Added', className: 'whitespace-nowrap' }, cell: ({ getValue }) => formatDate(getValue()) }),
];

export function ComponentsTable(view: DataTableView<ComponentRow>) {
  return (
    <DataTable
      caption="Components of the catalogue"
      columns={columns}
      {...view}
      getRowId={(row) => row.id}
      itemLabel="components"
      emptyMessage="No component matches this view."
    />
  );
}
