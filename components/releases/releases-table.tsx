'use client';
// The releases list: one row per `sw-rel` parent ticket with the state of each of its PPAs, rendered
// by the generic DataTable (the server sorts, filters and pages; the view is the URL).
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { Badge } from '@/components/ui/badge';
import { EmbargoBadge } from './embargo-badge';
import { formatDate } from '@/lib/format';
import type { ReleaseListRow } from '@/lib/releases/queries';
import { ITEM_OUTCOME_LABELS, itemOutcome, platformLabel, RELEASE_TYPE_LABELS, releaseRef } from '@/lib/releases/release-format';
import { ReleaseItemStateBadge } from './state-badge';

const column = createColumnHelper<ReleaseListRow>();

function Outcome({ items }: { items: ReleaseListRow['items'] }) {
  const outcomes = [...new Set(items.map(itemOutcome).filter((o) => o !== null))];
  if (outcomes.length === 0) return <span className="text-slate-500">pending</span>;
  return (
    <ul className="space-y-0.5">
      {outcomes.map((outcome) => (
        <li key={outcome}>
          <Badge tone={outcome === 'ACCEPT' || outcome === 'NO_TEST' ? 'success' : 'danger'}>{ITEM_OUTCOME_LABELS[outcome]}</Badge>
        </li>
      ))}
    </ul>
  );
}

const columns = [
  column.accessor('number', {
    id: 'number',
    header: 'Ticket',
    enableHiding: false,
    meta: { label: 'Ticket', className: 'whitespace-nowrap' },
    cell: ({ row }) => (
      <Link href={`/releases/${row.original.number}`} className="font-medium text-brand-700 underline hover:text-brand-900">
        {releaseRef(row.original.number)}
      </Link>
    ),
  }),
  column.accessor((row) => row.stack.name, { id: 'stack', header: 'Stack', meta: { label: 'Stack' } }),
  column.accessor((row) => row.component.name, { id: 'product', header: 'Product', meta: { label: 'Product' } }),
  column.accessor('productVersion', {
    id: 'version',
    header: 'Version',
    meta: { label: 'Version', className: 'whitespace-nowrap font-mono text-xs' },
  }),
  column.accessor('umdMajor', { id: 'umdMajor', header: 'UMD major', meta: { label: 'UMD major', className: 'whitespace-nowrap' } }),
  column.accessor('type', {
    id: 'type',
    header: 'Type',
    meta: { label: 'Type' },
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        {RELEASE_TYPE_LABELS[row.original.type]}
        {row.original.security && <Badge tone="danger">security</Badge>}
        {row.original.embargoed && <EmbargoBadge />}
      </span>
    ),
  }),
  column.display({
    id: 'items',
    header: 'Platforms (state)',
    meta: { label: 'Platforms (state)', className: 'min-w-56' },
    cell: ({ row }) => (
      <ul className="space-y-1">
        {row.original.items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-1">
            <span className="whitespace-nowrap">{platformLabel(item.platform)}</span>
            <ReleaseItemStateBadge state={item.state} noTest={item.rollout === null} />
          </li>
        ))}
      </ul>
    ),
  }),
  column.accessor('submittedAt', {
    id: 'submittedAt',
    header: 'Submitted',
    meta: { label: 'Submitted', className: 'whitespace-nowrap' },
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  column.accessor('productionAt', {
    id: 'productionAt',
    header: 'In production',
    meta: { label: 'In production', className: 'whitespace-nowrap' },
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  column.display({ id: 'outcome', header: 'Outcome', meta: { label: 'Outcome' }, cell: ({ row }) => <Outcome items={row.original.items} /> }),
];

export function ReleasesTable(view: DataTableView<ReleaseListRow>) {
  return (
    <DataTable
      caption="Releases (sw-rel tickets)"
      columns={columns}
      {...view}
      getRowId={(row) => row.id}
      itemLabel="releases"
      emptyMessage="No release matches this view."
    />
  );
}
