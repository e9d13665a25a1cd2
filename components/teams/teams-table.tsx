'use client';
// The teams table of the document's Figure 3: NGI, site, team, members, e-mail contacts, committed
// components with stack (provider), OS and arch, and rollouts taken part in. Rendered by the generic
// DataTable; the server sorts, filters and pages.
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import type { TableDefaults, TableState } from '@/components/data-table/search-params';
import type { FilterDef } from '@/components/data-table/types';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import type { TeamTableRow } from './team-table-row';

const column = createColumnHelper<TeamTableRow>();

const columns = [
  column.accessor((row) => row.ngi.code, {
    id: 'ngi',
    header: 'NGI',
    meta: { label: 'NGI' },
    cell: ({ row }) => <abbr title={row.original.ngi.name} className="no-underline">{row.original.ngi.code}</abbr>,
  }),
  column.accessor('site', { id: 'site', header: 'Site', meta: { label: 'Site' } }),
  column.accessor('name', {
    id: 'name',
    header: 'Team',
    enableHiding: false,
    meta: { label: 'Team', className: 'whitespace-nowrap' },
    cell: ({ row }) => (
      <span className="flex items-center gap-1">
        <Link href={`/teams/${encodeURIComponent(row.original.name)}`} className="font-medium text-brand-700 hover:underline">
          {row.original.name}
        </Link>
        {row.original.retired && <Badge tone="warning">retired</Badge>}
      </span>
    ),
  }),
  column.accessor((row) => row.counts.members, {
    id: 'members',
    header: 'Members',
    meta: { label: 'Members', className: 'min-w-40' },
    cell: ({ row }) => {
      const { memberNames, counts } = row.original;
      if (counts.members === 0) return <span className="text-slate-500">none</span>;
      return (
        <span>
          <span className="font-medium tabular-nums">{counts.members}</span>: {memberNames.join(', ')}
          {counts.members > memberNames.length && <span className="text-slate-500"> +{counts.members - memberNames.length}</span>}
        </span>
      );
    },
  }),
  column.accessor((row) => row.counts.contacts, {
    id: 'contacts',
    header: 'E-mail contacts',
    meta: { label: 'E-mail contacts' },
    cell: ({ row }) =>
      row.original.contacts.length === 0 ? (
        <span className="text-slate-500">none</span>
      ) : (
        <ul>
          {row.original.contacts.map((email) => (
            <li key={email}>
              <a href={`mailto:${email}`} className="text-brand-700 hover:underline">
                {email}
              </a>
            </li>
          ))}
        </ul>
      ),
  }),
  column.accessor((row) => row.counts.commitments, {
    id: 'commitments',
    header: 'Commitments (stack · provider, OS arch)',
    meta: { label: 'Commitments', className: 'min-w-72' },
    cell: ({ row }) => {
      const { componentGroups: groups, moreComponents } = row.original;
      if (groups.length === 0) return <span className="text-slate-500">none</span>;
      return (
        <ul className="space-y-0.5">
          {groups.map((group) => (
            <li key={`${group.stack}/${group.component}`}>
              <span className="font-medium">{group.component}</span>{' '}
              <span className="text-slate-500">
                ({group.stack} · {group.provider})
              </span>{' '}
              {group.platforms.join(', ')}
              {group.retired && <Badge tone="warning">retired</Badge>}
            </li>
          ))}
          {moreComponents > 0 && (
            <li>
              <Link href={`/teams/${encodeURIComponent(row.original.name)}#commitments`} className="text-brand-700 hover:underline">
                +{moreComponents} more components
              </Link>
            </li>
          )}
        </ul>
      );
    },
  }),
  column.accessor((row) => row.counts.rollouts, { id: 'rollouts', header: 'Rollouts', meta: { label: 'Rollouts taken part in', numeric: true } }),
  column.accessor('createdAt', { id: 'createdAt', header: 'Formed', meta: { label: 'Formed', className: 'whitespace-nowrap' }, cell: ({ getValue }) => formatDate(getValue()) }),
];

export interface TeamsTableProps {
  rows: TeamTableRow[];
  total: number;
  state: TableState;
  defaults: TableDefaults;
  perPageOptions: readonly number[];
  sortable: readonly string[];
  filters: FilterDef[];
}

export function TeamsTable({ rows, total, state, defaults, perPageOptions, sortable, filters }: TeamsTableProps) {
  return (
    <DataTable
      caption="Early Adopter teams"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      defaults={defaults}
      perPageOptions={perPageOptions}
      sortable={sortable}
      filters={filters}
      exportHref="/teams/export"
      getRowId={(row) => row.id}
      itemLabel="teams"
      emptyMessage="No team matches this view."
    />
  );
}
