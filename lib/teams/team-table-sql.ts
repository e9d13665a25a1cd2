// The SQL pieces of the teams table: WHERE for the filters and ORDER BY for the sorts. The page query
// and the total share the same WHERE, so they can never disagree. Kept apart from the query runner so
// the benchmark can compare the app's query with a bare SQL one built on the same conditions.
import { releaseVisibleSql } from '@/lib/embargo/visibility';
import { Prisma } from '@/lib/generated/prisma/client';
import { likeContains } from '@/lib/db/like';
import type { TeamFilters, TeamSort } from './table-params';

/** `FROM` of every teams-table query: t = Team, s = Site, n = Ngi. */
export const TEAM_FROM = Prisma.sql`"Team" t JOIN "Site" s ON s.id = t."siteId" JOIN "Ngi" n ON n.id = s."ngiId"`;

const members = (id: Prisma.Sql) => Prisma.sql`(SELECT count(DISTINCT gm."userId") FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id WHERE g."teamId" = ${id})`;
const contacts = (id: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM "TeamContact" tc WHERE tc."teamId" = ${id})`;
const commitments = (id: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM "Commitment" c WHERE c."teamId" = ${id})`;
/** Rollouts the team took part in: it accepted the invitation or volunteered. */
// Public rollouts only: the teams table is the same for every reader, so a count must not reveal an embargoed one.
const rollouts = (id: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM "Participation" p
  JOIN "Rollout" pr ON pr.id = p."rolloutId" JOIN "ReleaseItem" pri ON pri.id = pr."releaseItemId" JOIN "Release" prel ON prel.id = pri."releaseId"
  WHERE p."teamId" = ${id} AND p.status IN ('ACCEPTED', 'VOLUNTEERED') AND ${releaseVisibleSql(null, 'prel')})`;

/** The per-team counts of the team whose id is `id`, as int columns (members, contacts, commitments, rollouts). */
export function teamCounts(id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${members(id)}::int AS members, ${contacts(id)}::int AS contacts, ${commitments(id)}::int AS commitments, ${rollouts(id)}::int AS rollouts`;
}

const T_ID = Prisma.sql`t.id`;

/** Built per query, never at import: the rollouts count compares embargo dates with the clock of the request. */
function sortExpression(sort: TeamSort): Prisma.Sql {
  switch (sort) {
    case 'name': return Prisma.sql`lower(t.name)`;
    case 'ngi': return Prisma.sql`lower(n.code)`;
    case 'site': return Prisma.sql`lower(s.name)`;
    case 'members': return members(T_ID);
    case 'contacts': return contacts(T_ID);
    case 'commitments': return commitments(T_ID);
    case 'rollouts': return rollouts(T_ID);
    case 'createdAt': return Prisma.sql`t."createdAt"`;
  }
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
    const like = likeContains(filters.q);
    conditions.push(Prisma.sql`(
      t.name ILIKE ${like} OR s.name ILIKE ${like} OR n.name ILIKE ${like} OR n.code ILIKE ${like} OR t.description ILIKE ${like}
      OR EXISTS (SELECT 1 FROM "TeamContact" tc WHERE tc."teamId" = t.id AND (tc.email ILIKE ${like} OR tc.name ILIKE ${like}))
      OR EXISTS (SELECT 1 FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id JOIN "User" u ON u.id = gm."userId"
                 WHERE g."teamId" = t.id AND (u.email ILIKE ${like} OR u.name ILIKE ${like})))`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** The sort keys (for ORDER BY and window functions); name and id break ties, so paging is stable. */
export function teamOrderKeys(sort: TeamSort, dir: 'asc' | 'desc'): Prisma.Sql {
  const direction = Prisma.raw(dir === 'desc' ? 'DESC' : 'ASC');
  return Prisma.sql`${sortExpression(sort)} ${direction}, lower(t.name) ASC, t.id ASC`;
}

export function teamOrderBy(sort: TeamSort, dir: 'asc' | 'desc'): Prisma.Sql {
  return Prisma.sql`ORDER BY ${teamOrderKeys(sort, dir)}`;
}

/**
 * The details of each row of a page subquery `page_row` (with page_row.id = team id), as JSON: contactList, memberList
 * (one per user, with every source of their membership) and commitmentList (with stack, provider, platform).
 */
export const TEAM_DETAILS = Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('email', tc.email, 'name', tc.name) ORDER BY tc.email), '[]')
     FROM "TeamContact" tc WHERE tc."teamId" = page_row.id) AS "contactList",
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'email', m.email, 'sources', m.sources) ORDER BY m.name, m.email), '[]')
     FROM (SELECT u.id, u.name, u.email, array_agg(DISTINCT gm.source::text) AS sources
             FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id JOIN "User" u ON u.id = gm."userId"
            WHERE g."teamId" = page_row.id GROUP BY u.id, u.name, u.email) m) AS "memberList",
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'componentId', k.id, 'platformId', pl.id, 'component', k.name, 'componentRetired', k."retiredAt" IS NOT NULL, 'stack', st.name,
            'stackSlug', st.slug, 'stackRetired', st."retiredAt" IS NOT NULL, 'provider', tp.name, 'os', pl.os, 'arch', pl.arch, 'platformRetired', pl."retiredAt" IS NOT NULL) ORDER BY st.name, k.name, pl.os, pl.arch), '[]')
     FROM "Commitment" c JOIN "Component" k ON k.id = c."componentId" JOIN "Stack" st ON st.id = k."stackId"
     JOIN "TechnologyProvider" tp ON tp.id = st."providerId" JOIN "Platform" pl ON pl.id = c."platformId"
    WHERE c."teamId" = page_row.id) AS "commitmentList"`;
