// What the teams table renders of a team, trimmed on the server before it crosses to the client (the
// props of a client component are inlined into every page as the RSC payload): the first few member
// names and component groups instead of every membership and commitment (the team page, the API and the
// CSV export have the full lists), the counts the cells print, the date already formatted, and each
// component group as one compact tuple. Keeps the page payload small at 100 rows.
import { formatDate } from '@/lib/format';
import type { TeamRow } from '@/lib/teams/list-teams';
import { groupCommitments } from './group-commitments';

export const SHOWN_MEMBERS = 3;
export const SHOWN_COMPONENTS = 4;

/** One component a team commits to: name, "stack · provider", its platforms ("SL5 x86_64, SL6 x86_64"), retired from the catalogue. */
export type ComponentCell = [component: string, origin: string, platforms: string, retired: boolean];

export interface TeamTableRow {
  /** Unique (ea-<NGI>-<Site>): the row key and the link to the team page. */
  name: string;
  ngi: string;
  ngiName: string;
  site: string;
  /** createdAt, formatted (UTC) as the table shows it. */
  formed: string;
  /** Present only for a retired team. */
  retired?: true;
  members: number;
  memberNames: string[];
  contacts: string[];
  components: ComponentCell[];
  moreComponents: number;
  rollouts: number;
}

export function toTeamTableRow(row: TeamRow): TeamTableRow {
  const groups = groupCommitments(row.commitments);
  return {
    name: row.name,
    ngi: row.ngi.code,
    ngiName: row.ngi.name,
    site: row.site,
    formed: formatDate(row.createdAt),
    ...(row.retiredAt ? { retired: true as const } : {}),
    members: row.counts.members,
    memberNames: row.members.slice(0, SHOWN_MEMBERS).map((member) => member.name),
    contacts: row.contacts.map((contact) => contact.email),
    components: groups.slice(0, SHOWN_COMPONENTS).map((group) => [group.component, `${group.stack} · ${group.provider}`, group.platforms.join(', '), group.retired]),
    moreComponents: Math.max(0, groups.length - SHOWN_COMPONENTS),
    rollouts: row.counts.rollouts,
  };
}
