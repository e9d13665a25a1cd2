// The SQL pieces of the teams table: WHERE for the filters and ORDER BY for the sorts. The page query
// and the total share the same WHERE, so they can never disagree. Kept apart from the query runner so
// the benchmark can compare the app's query with a bare SQL one built on the same conditions.
import { Prisma } from '@/lib/generated/prisma/client';
import type { TeamFilters, TeamSort } from './table-params';

/** `FROM` of every teams-table query: t = Team, s = Site, n = Ngi. */
export const TEAM_FROM = Prisma.sql`"Team" t JOIN "Site" s ON s.id = t."siteId" JOIN "Ngi" n ON n.id = s."ngiId"`;

const MEMBERS = Prisma.sql`(SELECT count(DISTINCT gm."userId") FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id WHERE g."teamId" = t.id)`;
const CONTACTS = Prisma.sql`(SELECT count(*) FROM "TeamContact" tc WHERE tc."teamId" = t.id)`;
const COMMITMENTS = Prisma.sql`(SELECT count(*) FROM "Commitment" c WHERE c."teamId" = t.id)`;
/** Rollouts the team took part in: it accepted the invitation or volunteered. */
const ROLLOUTS = Prisma.sql`(SELECT count(*) FROM "Participation" p WHERE p."teamId" = t.id AND p.status IN ('ACCEPTED', 'VOLUNTEERED'))`;

/** The per-team counts, as int columns (members, contacts, commitments, rollouts). */
export const TEAM_COUNTS = Prisma.sql`${MEMBERS}::int AS members, ${CONTACTS}::int AS contacts, ${COMMITMENTS}::int AS commitments, ${ROLLOUTS}::int AS rollouts`;

const SORT_EXPRESSIONS: Record<TeamSort, Prisma.Sql> = {
  name: Prisma.sql`lower(t.name)`,
  ngi: Prisma.sql`lower(n.code)`,
  site: Prisma.sql`lower(s.name)`,
  members: MEMBERS,
  contacts: CONTACTS,
  commitments: COMMITMENTS,
  rollouts: ROLLOUTS,
  createdAt: Prisma.sql`t."createdAt"`,
};

/** `%text%` for ILIKE with the user's % and _ taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function teamWhere(filters: TeamFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const status = filters.status ?? 'active';
  if (status === 'active') conditions.push(Prisma.sql`t."retiredAt" IS NULL`);
  if (status === 'retired') conditions.push(Prisma.sql`t."retiredAt" IS NOT NULL`);
  if (filters.ngi) conditions.push(Prisma.sql`n.code = ${filters.ngi}`);

  // Component, stack and platform filters apply to the same commitment: "teams testing CREAM on SL6".
  const commitment: Prisma.Sql[] = [];
  if (filters.stack) commitment.push(Prisma.sql`st.slug = ${filters.stack}`);
  if (filters.component) commitment.push(Prisma.sql`k.name = ${filters.component}`);
  if (filters.os) commitment.push(Prisma.sql`pl.os = ${filters.os}`);
  if (filters.arch) commitment.push(Prisma.sql`pl.arch = ${filters.arch}`);
  if (commitment.length) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Commitment" c
      JOIN "Component" k ON k.id = c."componentId"
      JOIN "Stack" st ON st.id = k."stackId"
      JOIN "Platform" pl ON pl.id = c."platformId"
      WHERE c."teamId" = t.id AND ${Prisma.join(commitment, ' AND ')})`);
  }

  if (filters.q) {
    const like = likePattern(filters.q);
    conditions.push(Prisma.sql`(
      t.name ILIKE ${like} OR s.name ILIKE ${like} OR n.name ILIKE ${like} OR n.code ILIKE ${like} OR t.description ILIKE ${like}
      OR EXISTS (SELECT 1 FROM "TeamContact" tc WHERE tc."teamId" = t.id AND (tc.email ILIKE ${like} OR tc.name ILIKE ${like}))
      OR EXISTS (SELECT 1 FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id JOIN "User" u ON u.id = gm."userId"
                 WHERE g."teamId" = t.id AND (u.email ILIKE ${like} OR u.name ILIKE ${like})))`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export function teamOrderBy(sort: TeamSort, dir: 'asc' | 'desc'): Prisma.Sql {
  const direction = Prisma.raw(dir === 'desc' ? 'DESC' : 'ASC');
  // Name and id break ties, so paging is stable when many teams share a count.
  return Prisma.sql`ORDER BY ${SORT_EXPRESSIONS[sort]} ${direction}, lower(t.name) ASC, t.id ASC`;
}
