// The teams table query (page, CSV export and GET /api/v1/teams): one SQL statement returns the page with
// the view's total (a window count), its counts and details (members, contacts, commitments with stack,
// provider and platform) as JSON, so a page costs one round trip whatever its size. Only an empty answer
// past page 1 (a stale link after a filter change) costs two more: the total, then the last page.
import 'server-only';
import type { Page } from '@/lib/lists/page';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import type { TeamSort, TeamTableState } from './table-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { TEAM_DETAILS, TEAM_FROM, teamCounts, teamOrderKeys, teamWhere } from './team-table-sql';

export interface TeamRow {
  id: string;
  name: string;
  ngi: { code: string; name: string };
  site: string;
  siteTimeZone: string;
  description: string;
  version: number;
  createdAt: Date;
  retiredAt: Date | null;
  members: { id: string; name: string; email: string; sources: ('IDP' | 'APP')[] }[];
  contacts: { email: string; name: string }[];
  commitments: { id: string; componentId: string; platformId: string; component: string; componentRetired: boolean; stack: string; stackSlug: string; stackRetired: boolean; provider: string; os: string; arch: string; platformRetired: boolean }[];
  counts: { members: number; contacts: number; commitments: number; rollouts: number };
}

export type TeamPage = Page<TeamRow>;

/** Most rows one export may contain (far above the number of EA teams there will ever be). */
export const EXPORT_LIMIT = 20_000;

interface PageRow {
  total: number;
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  retiredAt: Date | null;
  version: number;
  site: string;
  siteTimeZone: string;
  ngiCode: string;
  ngiName: string;
  members: number;
  contacts: number;
  commitments: number;
  rollouts: number;
  memberList: TeamRow['members'];
  contactList: TeamRow['contacts'];
  commitmentList: TeamRow['commitments'];
}

/** `options.name`: the row of that one team whatever the filters (GET /api/v1/teams/{name} starts from it). */
export async function listTeams(state: TeamTableState, options: { all?: boolean; name?: string } = {}): Promise<TeamPage> {
  // The same rows for everybody who may list teams: cached and shared until a table it reads changes.
  'use cache';
  cacheTables('Team', 'Site', 'Ngi', 'TeamContact', 'GroupMembership', 'Group', 'User', 'Commitment', 'Component', 'Stack', 'TechnologyProvider', 'Platform', 'Participation', 'Rollout', 'ReleaseItem', 'Release');
  const where = options.name === undefined ? teamWhere(state.filters) : Prisma.sql`WHERE t.name = ${options.name}`;
  const perPage = options.all ? EXPORT_LIMIT : state.perPage;
  const pageQuery = (page: number) => {
    const keys = teamOrderKeys(state.sort as TeamSort, state.dir);
    return db.$queryRaw<PageRow[]>`
      SELECT page_row.total::int AS total, page_row.id, page_row.name, page_row.description, page_row."createdAt", page_row."retiredAt", page_row.version, page_row.site,
        page_row."siteTimeZone", page_row."ngiCode", page_row."ngiName", ${teamCounts(Prisma.sql`page_row.id`)},
        ${TEAM_DETAILS}
      FROM (
        -- Counts and details are computed for the page's rows only (outside the LIMIT). The page is ordered by the
        -- window's position, not by the keys again: bound parameters (the embargo clock of the rollouts count) make
        -- a repeated key a second expression to PostgreSQL, evaluated and sorted twice (and JIT-compiled, 10x slower).
        SELECT t.id, t.name, t.description, t."createdAt", t."retiredAt", t.version, s.name AS site, s."timeZone" AS "siteTimeZone", n.code AS "ngiCode", n.name AS "ngiName",
          count(*) OVER () AS total, row_number() OVER (ORDER BY ${keys}) AS position
        FROM ${TEAM_FROM} ${where}
        ORDER BY position
        LIMIT ${perPage} OFFSET ${(page - 1) * perPage}) page_row
      ORDER BY page_row.position`;
  };
  const firstTry = await pageQuery(options.all ? 1 : state.page);
  if (firstTry.length > 0 || options.all || state.page === 1) {
    return { rows: firstTry.map(toTeamRow), total: firstTry[0]?.total ?? 0, page: options.all ? 1 : state.page, perPage: state.perPage };
  }
  // A page past the end (a stale link after a filter change) shows the last page instead of nothing.
  const counted = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${TEAM_FROM} ${where}`;
  const total = counted[0]?.total ?? 0;
  const page = Math.max(1, Math.ceil(total / perPage));
  const rows = total === 0 ? [] : await pageQuery(page);
  return { rows: rows.map(toTeamRow), total, page, perPage: state.perPage };
}

function toTeamRow(row: PageRow): TeamRow {
  return {
    id: row.id,
    name: row.name,
    ngi: { code: row.ngiCode, name: row.ngiName },
    site: row.site,
    siteTimeZone: row.siteTimeZone,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt,
    retiredAt: row.retiredAt,
    members: row.memberList.map((member) => ({ ...member, sources: [...member.sources].sort() })),
    contacts: row.contactList,
    commitments: row.commitmentList,
    counts: { members: row.members, contacts: row.contacts, commitments: row.commitments, rollouts: row.rollouts },
  };
}
