'use client';
// The teams table of the document's Figure 3: NGI, site, team, members, e-mail contacts, committed
// components with stack (provider), OS and arch, and rollouts taken part in. Rendered by the generic
// DataTable; the server sorts, filters and pages.
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { Badge } from '@/components/ui/badge';
import type { TeamTableRow } from './team-table-row';

const column = createColumnHelper<TeamTableRow>();

// Cells print one text node where they can (a single template string, not `{a} · {b}`), so the HTML
// carries no `<!-- -->` separators between adjacent strings.
const columns = [
  column.accessor('ngi', {
    id: 'ngi',
    header: 'NGI',
    meta: { label: 'NGI' },
    cell: ({ row }) => <abbr title={row.original.ngiName} className="no-underline">{row.original.ngi}</abbr>,
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
  column.accessor('members', {
    id: 'members',
    header: 'Members',
    meta: { label: 'Members', className: 'min-w-40' },
    cell: ({ row }) => {
      const { memberNames, members } = row.original;
      if (members === 0) return <span className="text-slate-500">none</span>;
      return (
        <span>
          <span className="font-medium tabular-nums">{members}</span>
          {`: ${memberNames.join(', ')}`}
          {members > memberNames.length && <span className="text-slate-500">{` +${members - memberNames.length}`}</span>}
        </span>
      );
    },
  }),
  column.display({
    id: 'contacts',
    header: 'E-mail contacts',
    // Long addresses break anywhere rather than widen the table past the page (1,280 px fits).
    meta: { label: 'E-mail contacts', className: 'min-w-40 [overflow-wrap:anywhere]' },
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
  column.display({
    id: 'commitments',
    header: 'Commitments',
    meta: { label: 'Commitments', className: 'min-w-60' },
    cell: ({ row }) => {
      const { components, moreComponents } = row.original;
      if (components.length === 0) return <span className="text-slate-500">none</span>;
      return (
        <ul className="space-y-0.5">
          {components.map(([component, origin, platforms, retired]) => (
            <li key={`${origin}/${component}`}>
              <span className="font-medium">{component}</span> <span className="text-slate-500">{`(${origin})`}</span>
              {` ${platforms}`}
              {retired && <Badge tone="warning">retired</Badge>}
            </li>
          ))}
          {moreComponents > 0 && (
            <li>
              <Link href={`/teams/${encodeURIComponent(row.original.name)}#commitments`} className="text-brand-700 hover:underline">
                {`+${moreComponents} more components`}
              </Link>
            </li>
          )}
        </ul>
      );
    },
  }),
  column.accessor('rollouts', { id: 'rollouts', header: 'Rollouts', meta: { label: 'Rollouts taken part in', numeric: true } }),
  column.accessor('formed', { id: 'createdAt', header: 'Formed', meta: { label: 'Formed', className: 'whitespace-nowrap' } }),
];

const rowId = (row: TeamTableRow) => row.name;

export function TeamsTable(view: DataTableView<TeamTableRow>) {
  return (
    <DataTable
      caption="Early Adopter teams"
      columns={columns}
      {...view}
      exportHref="/teams/export"
      getRowId={rowId}
      itemLabel="teams"
      emptyMessage="No team matches this view."
    />
  );
}
