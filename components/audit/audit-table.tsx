'use client';
// The audit trail as a DataTable: when, who, what, to which entity (a link to that entity's whole
// history), and the fields that changed. The server filters, sorts and pages (lib/audit/search-audit.ts).
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { ChangeSummary } from './change-summary';
import type { AuditTableRow } from './audit-table-row';

const column = createColumnHelper<AuditTableRow>();

const entityHistoryHref = (row: AuditTableRow) => `/admin/audit?${new URLSearchParams({ entityType: row.entityType, entityId: row.entityId })}`;

const columns = [
  column.accessor('when', { id: 'at', header: 'When', enableHiding: false, meta: { label: 'When', className: 'whitespace-nowrap' } }),
  column.accessor('actor', { id: 'actor', header: 'Who', meta: { label: 'Who', className: '[overflow-wrap:anywhere]' } }),
  column.accessor('action', { id: 'action', header: 'Action', meta: { label: 'Action', className: 'font-mono text-xs' } }),
  column.display({
    id: 'entity',
    header: 'Entity',
    meta: { label: 'Entity' },
    cell: ({ row }) => (
      <>
        <Link className="text-brand-700 underline" href={entityHistoryHref(row.original)}>
          {row.original.entityType}
        </Link>
        <span className="block font-mono text-xs text-slate-500 [overflow-wrap:anywhere]">{row.original.entityId}</span>
      </>
    ),
  }),
  column.display({
    id: 'change',
    header: 'Change',
    meta: { label: 'Change', className: 'min-w-60' },
    cell: ({ row }) => <ChangeSummary before={row.original.before} after={row.original.after} />,
  }),
];

const rowId = (row: AuditTableRow) => row.id;

export function AuditTable(view: DataTableView<AuditTableRow>) {
  return <DataTable caption="Audit events" columns={columns} {...view} getRowId={rowId} itemLabel="events" emptyMessage="No audit events match these filters." />;
}
