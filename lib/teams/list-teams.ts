// The teams table query (page, CSV export and GET /api/v1/teams): one SQL query for the total and one
// for the page's ids and counts (filters and sorts need SQL over counts), then the details of just
// those teams (members, contacts, commitments with stack, provider and platform) through Prisma.
import 'server-only';
import { db } from '@/lib/db/client';
import type { TeamSort, TeamTableState } from './table-params';
import { TEAM_COUNTS, TEAM_FROM, teamOrderBy, teamWhere } from './team-table-sql';

export interface TeamRow {
  id: string;
  name: string;
  ngi: { code: string; name: string };
  site: string;
  description: string;
  createdAt: Date;
  retiredAt: Date | null;
  members: { name: string; email: string; sources: ('IDP' | 'APP')[] }[];
  contacts: { email: string; name: string }[];
  commitments: { component: string; componentRetired: boolean; stack: string; stackSlug: string; provider: string; os: string; arch: string }[];
  counts: { members: number; contacts: number; commitments: number; rollouts: number };
}

export interface TeamPage {
  rows: TeamRow[];
  total: number;
  page: number;
  perPage: number;
}

/** Most rows one export may contain (far above the number of EA teams there will ever be). */
export const EXPORT_LIMIT = 20_000;

interface IdRow {
  id: string;
  members: number;
  contacts: number;
  commitments: number;
  rollouts: number;
}

export async function listTeams(state: TeamTableState, options: { all?: boolean } = {}): Promise<TeamPage> {
  const where = teamWhere(state.filters);
  const counted = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${TEAM_FROM} ${where}`;
  const total = counted[0]?.total ?? 0;
  const perPage = options.all ? EXPORT_LIMIT : state.perPage;
  // A page past the end (a stale link after a filter change) shows the last page instead of nothing.
  const page = options.all ? 1 : Math.min(state.page, Math.max(1, Math.ceil(total / perPage)));
  if (total === 0) return { rows: [], total, page, perPage: state.perPage };
  const ids = await db.$queryRaw<IdRow[]>`
    SELECT t.id, ${TEAM_COUNTS} FROM ${TEAM_FROM} ${where}
    ${teamOrderBy(state.sort as TeamSort, state.dir)}
    LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  const rows = await loadTeamRows(ids);
  return { rows, total, page, perPage: state.perPage };
}

async function loadTeamRows(ids: IdRow[]): Promise<TeamRow[]> {
  if (ids.length === 0) return [];
  const teams = await db.team.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      retiredAt: true,
      site: { select: { name: true, ngi: { select: { code: true, name: true } } } },
      contacts: { select: { email: true, name: true }, orderBy: { email: 'asc' } },
      group: { select: { memberships: { select: { source: true, user: { select: { id: true, name: true, email: true } } } } } },
      commitments: {
        select: {
          component: { select: { name: true, retiredAt: true, stack: { select: { name: true, slug: true, provider: { select: { name: true } } } } } },
          platform: { select: { os: true, arch: true } },
        },
      },
    },
  });
  const byId = new Map(teams.map((team) => [team.id, team]));
  return ids.flatMap((counts) => {
    const team = byId.get(counts.id);
    if (!team) return []; // deleted between the two queries
    return [
      {
        id: team.id,
        name: team.name,
        ngi: team.site.ngi,
        site: team.site.name,
        description: team.description,
        createdAt: team.createdAt,
        retiredAt: team.retiredAt,
        members: mergeMembers(team.group?.memberships ?? []),
        contacts: team.contacts,
        commitments: team.commitments
          .map((commitment) => ({
            component: commitment.component.name,
            componentRetired: commitment.component.retiredAt !== null,
            stack: commitment.component.stack.name,
            stackSlug: commitment.component.stack.slug,
            provider: commitment.component.stack.provider.name,
            os: commitment.platform.os,
            arch: commitment.platform.arch,
          }))
          .sort((a, b) => a.stack.localeCompare(b.stack) || a.component.localeCompare(b.component) || a.os.localeCompare(b.os) || a.arch.localeCompare(b.arch)),
        counts: { members: counts.members, contacts: counts.contacts, commitments: counts.commitments, rollouts: counts.rollouts },
      },
    ];
  });
}

/** One entry per user, with every source their membership comes from. */
export function mergeMembers(memberships: { source: 'IDP' | 'APP'; user: { id: string; name: string; email: string } }[]): TeamRow['members'] {
  const users = new Map<string, TeamRow['members'][number]>();
  for (const { source, user } of memberships) {
    const entry = users.get(user.id) ?? { name: user.name, email: user.email, sources: [] };
    if (!entry.sources.includes(source)) entry.sources.push(source);
    users.set(user.id, entry);
  }
  return [...users.values()].sort((a, b) => a.name.localeCompare(b.name));
}
