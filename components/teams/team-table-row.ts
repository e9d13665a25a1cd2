// What the teams table needs of a team, trimmed on the server before it crosses to the client: the
// first few member names and component groups instead of every membership and commitment (the team
// page, the API and the CSV export have the full lists). Keeps the page payload small at 100 rows.
import type { TeamRow } from '@/lib/teams/list-teams';
import { type CommitmentGroup, groupCommitments } from './group-commitments';

export const SHOWN_MEMBERS = 3;
export const SHOWN_COMPONENTS = 4;

export interface TeamTableRow {
  id: string;
  name: string;
  ngi: { code: string; name: string };
  site: string;
  createdAt: Date;
  retired: boolean;
  memberNames: string[];
  contacts: string[];
  componentGroups: CommitmentGroup[];
  moreComponents: number;
  counts: TeamRow['counts'];
}

export function toTeamTableRow(row: TeamRow): TeamTableRow {
  const groups = groupCommitments(row.commitments);
  return {
    id: row.id,
    name: row.name,
    ngi: row.ngi,
    site: row.site,
    createdAt: row.createdAt,
    retired: row.retiredAt !== null,
    memberNames: row.members.slice(0, SHOWN_MEMBERS).map((member) => member.name),
    contacts: row.contacts.map((contact) => contact.email),
    componentGroups: groups.slice(0, SHOWN_COMPONENTS),
    moreComponents: Math.max(0, groups.length - SHOWN_COMPONENTS),
    counts: row.counts,
  };
}
