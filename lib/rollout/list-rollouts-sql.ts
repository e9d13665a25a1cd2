// The SQL of the rollouts list: the URL's filters as a WHERE clause, its sorts, and the lateness facts
// of a rollout's participations. Filters match without regard to case (ILIKE), and `%`, `_` and `\`
// in a value are escaped: `team=%` looks for a team named "%", it does not match every team.
import { Prisma } from '@/lib/generated/prisma/client';
import { likeContains, likeLiteral } from '@/lib/db/like';
import type { RolloutFilters, RolloutSort } from './list-params';

/** A rollout `r` with its release `rel`, stack `st` and owner `u` (null when unassigned). */
export const LIST_FROM = Prisma.sql`"Rollout" r
  JOIN "ReleaseItem" ri ON ri.id = r."releaseItemId"
  JOIN "Release" rel ON rel.id = ri."releaseId"
  JOIN "Stack" st ON st.id = rel."stackId"
  LEFT JOIN "User" u ON u.id = r."ownerId"`;

export const LIST_SORTS: Record<RolloutSort, Prisma.Sql> = {
  number: Prisma.sql`r.number`,
  title: Prisma.sql`r.title`,
  status: Prisma.sql`r.status`,
  stack: Prisma.sql`st.name`,
  owner: Prisma.sql`u.name`,
  createdAt: Prisma.sql`r."createdAt"`,
};

const idsIn = (ids: string[]) => (ids.length ? Prisma.sql`r.id IN (${Prisma.join(ids)})` : Prisma.sql`FALSE`);

/** `overdueIds`, `readinessIds`: the rollouts the overdue and readiness filters keep (null: no such filter). */
/** `visible`: the embargo rule over `rel` (lib/embargo/visibility.ts releaseVisibleSql). */
export function listWhere(f: RolloutFilters, overdueIds: string[] | null, readinessIds: string[] | null, visible: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [visible];
  if (f.status) conditions.push(Prisma.sql`r.status = CAST(${f.status} AS "RolloutStatus")`);
  if (f.stack) conditions.push(Prisma.sql`st.slug ILIKE ${likeLiteral(f.stack)}`);
  if (f.manager === 'none') conditions.push(Prisma.sql`r."ownerId" IS NULL`);
  else if (f.manager) conditions.push(Prisma.sql`u.email ILIKE ${likeLiteral(f.manager)}`);
  if (f.team) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Participation" tp JOIN "Team" tt ON tt.id = tp."teamId" WHERE tp."rolloutId" = r.id AND tt.name ILIKE ${likeLiteral(f.team)})`);
  }
  if (overdueIds) conditions.push(idsIn(overdueIds));
  if (readinessIds) conditions.push(idsIn(readinessIds));
  if (f.q) {
    const byTitle = Prisma.sql`r.title ILIKE ${likeContains(f.q)}`;
    conditions.push(/^#?\d{1,9}$/.test(f.q) ? Prisma.sql`(${byTitle} OR r.number = ${Number(f.q.replace('#', ''))})` : byTitle);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/**
 * Over participations `p` (with their report `rep`, team site `s` and NGI `n`): whether a reply is late,
 * and the participations whose report may be late (exposure ended, no report: late once one working
 * day has passed in the team's calendar, which is checked in JS). The rule of lib/notify/overdue.ts.
 */
export function latenessColumns(now: Date): Prisma.Sql {
  return Prisma.sql`COALESCE(bool_or(p.status = 'INVITED' AND p."replyDueAt" < ${now}), FALSE) AS "replyLate",
    json_agg(json_build_object('end', (extract(epoch FROM p."exposureEnd") * 1000)::float8, 'timeZone', s."timeZone", 'ngi', n.code))
      FILTER (WHERE ${reportLate(now)}) AS "reportsLate"`;
}

export function reportLate(now: Date): Prisma.Sql {
  return Prisma.sql`p.status IN ('ACCEPTED', 'VOLUNTEERED') AND rep.id IS NULL AND p."exposureEnd" < ${now}`;
}

/** Joins a participation `p` to its report, team, site and NGI for latenessColumns. */
export const PARTICIPATION_JOINS = Prisma.sql`JOIN "Team" t ON t.id = p."teamId"
  JOIN "Site" s ON s.id = t."siteId"
  JOIN "Ngi" n ON n.id = s."ngiId"
  LEFT JOIN "Report" rep ON rep."participationId" = p.id`;
