'use client';
// The rollouts list, rendered by the generic DataTable: number and title, status and outcome, stack,
// readiness, release facts, manager, teams with their answers, reports, and an overdue flag. The server filters.
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { EmbargoBadge } from '@/components/releases/embargo-badge';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import type { RolloutTableRow } from '@/lib/rollout/serialize';
import { ReadinessBadge } from './readiness-badge';
import { OutcomeBadge, RolloutStatusBadge } from './status-badges';

const column = createColumnHelper<RolloutTableRow>();

const columns = [
  column.accessor('number', {
    id: 'number',
    header: '#',
    enableHiding: false,
    meta: { label: 'Number', numeric: true },
    cell: ({ row }) => (
      <Link href={`/rollouts/${row.original.number}`} className="font-medium text-brand-700 hover:underline">
        #{row.original.number}
      </Link>
    ),
  }),
  column.accessor('title', {
    id: 'title',
    header: 'Title',
    enableHiding: false,
    meta: { label: 'Title', className: 'min-w-64' },
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-1">
        <Link href={`/rollouts/${row.original.number}`} className="text-slate-900 hover:underline">
          {row.original.title}
        </Link>
        {row.original.embargoed && <EmbargoBadge />}
      </span>
    ),
  }),
  column.accessor('status', {
    id: 'status',
    header: 'Status',
    meta: { label: 'Status' },
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        <RolloutStatusBadge status={row.original.status} />
        <OutcomeBadge outcome={row.original.outcome} />
        {row.original.overdue && <Badge tone="danger">overdue</Badge>}
      </span>
    ),
  }),
  column.display({
    id: 'readiness',
    header: 'Readiness',
    meta: { label: 'Readiness' },
    cell: ({ row }) =>
      row.original.readiness ? (
        <span className="flex flex-wrap gap-1">
          <ReadinessBadge state={row.original.readiness} />
          {row.original.stalled && <Badge tone="warning">stalled</Badge>}
        </span>
      ) : (
        <span className="text-slate-500">—</span>
      ),
  }),
  column.accessor('stack', { id: 'stack', header: 'Stack', meta: { label: 'Stack' } }),
  column.accessor((row) => row.owner ?? '', {
    id: 'owner',
    header: 'Manager',
    meta: { label: 'Manager' },
    cell: ({ row }) => row.original.owner ?? <span className="text-amber-800">Nobody</span>,
  }),
  column.display({
    id: 'teams',
    header: 'Teams',
    meta: { label: 'Teams', className: 'min-w-48' },
    cell: ({ row }) => {
      const c = row.original.counts;
      if (c.invited === 0) return <span className="text-slate-500">none yet</span>;
      return (
        <span className="text-xs">
          {c.invited} on it · {c.accepted + c.volunteered} testing · {c.declined} declined · {c.reports} report{c.reports === 1 ? '' : 's'}
          {c.openFindings > 0 && <span className="text-amber-800"> · {c.openFindings} open finding{c.openFindings === 1 ? '' : 's'}</span>}
        </span>
      );
    },
  }),
  column.accessor('createdAt', { id: 'createdAt', header: 'Created', meta: { label: 'Created' }, cell: ({ getValue }) => formatDate(getValue()) }),
];

export function RolloutsTable(view: DataTableView<RolloutTableRow>) {
  return (
    <DataTable
      caption="Staged rollouts"
      columns={columns}
      {...view}
      getRowId={(row) => String(row.number)}
      itemLabel="rollouts"
      emptyMessage="No rollout matches these filters."
    />
  );
}
