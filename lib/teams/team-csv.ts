// The CSV columns of the teams table, keyed like the table's columns so hidden columns stay hidden.
import type { CsvColumn } from '@/lib/csv/to-csv';
import type { TeamRow } from './list-teams';

const COLUMNS: { id: string; columns: CsvColumn<TeamRow>[] }[] = [
  { id: 'ngi', columns: [{ header: 'NGI', value: (row) => row.ngi.code }, { header: 'NGI name', value: (row) => row.ngi.name }] },
  { id: 'site', columns: [{ header: 'Site', value: (row) => row.site }] },
  { id: 'name', columns: [{ header: 'Team', value: (row) => row.name }, { header: 'Status', value: (row) => (row.retiredAt ? 'retired' : 'active') }] },
  { id: 'members', columns: [{ header: 'Members', value: (row) => row.members.map((member) => `${member.name} <${member.email}>`) }] },
  { id: 'contacts', columns: [{ header: 'E-mail contacts', value: (row) => row.contacts.map((contact) => contact.email) }] },
  {
    id: 'commitments',
    columns: [{ header: 'Commitments', value: (row) => row.commitments.map((c) => `${c.component} (${c.stack}, ${c.provider}) ${c.os} ${c.arch}`) }],
  },
  { id: 'rollouts', columns: [{ header: 'Rollouts taken part in', value: (row) => row.counts.rollouts }] },
  { id: 'createdAt', columns: [{ header: 'Formed', value: (row) => row.createdAt.toISOString().slice(0, 10) }] },
];

export function teamCsvColumns(hidden: readonly string[] = []): CsvColumn<TeamRow>[] {
  return COLUMNS.filter((entry) => entry.id === 'name' || !hidden.includes(entry.id)).flatMap((entry) => entry.columns);
}
