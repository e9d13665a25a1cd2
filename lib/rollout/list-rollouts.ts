// The rollouts list (/rollouts and GET /api/v1/rollouts): one page of rollouts for the URL's filters
// and sort, each with its release facts, owner, participation counts, overdue flag and readiness. One SQL query
// per page (filter, sort, total and the page's counts aggregated in the database), plus the holidays
// only when a report may be late, and one query for the overdue filter.
import 'server-only';
import type { Page } from '@/lib/lists/page';
import { shareableViewer } from '@/lib/cache/shareable-viewer';
import { cacheTables, type TableName } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Outcome, ReleaseType, RolloutStatus } from '@/lib/generated/prisma/enums';
import { reportDueAt } from '@/lib/notify/deadlines';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { readinessOfOpenRollouts } from '@/lib/readiness/open-readiness';
import type { Readiness, ReadinessState } from '@/lib/readiness/readiness';
import type { RolloutSort, RolloutTableState } from './list-params';
import { releaseVisibleSql, type Viewer } from '@/lib/embargo/visibility';
import { LIST_FROM, LIST_SORTS, latenessColumns, listWhere, PARTICIPATION_JOINS, reportLate } from './list-rollouts-sql';

export interface RolloutRow {
  id: string;
  number: number;
  title: string;
  status: RolloutStatus;
  outcome: Outcome | null;
  createdAt: Date;
  assignedAt: Date | null;
  resolvedAt: Date | null;
  volunteersCalledAt: Date | null;
  owner: { id: string; name: string; email: string } | null;
  document: { number: number } | null;
  releaseItem: {
    platform: { id: string; os: string; arch: string };
    release: {
      id: string;
      number: number;
      productVersion: string;
      umdMajor: string;
      type: ReleaseType;
      security: boolean;
      embargoedUntil: Date | null;
      /** Under embargo now (the date is ahead): marked "Embargoed" for the readers who see it. */
      embargoed: boolean;
      stack: { id: string; slug: string; name: string }; component: { id: string; name: string } };
  };
  counts: { invited: number; accepted: number; declined: number; volunteered: number; reports: number; openFindings: number };
  teams: string[];
  overdue: boolean;
  /** Ready, Waiting or Held; null once resolved. */
  readiness: ReadinessState | null;
  /** Waiting with nothing left to wait for (lib/readiness): the manager must act. */
  stalled: boolean;
}

interface Lateness {
  replyLate: boolean;
  reportsLate: { end: number; timeZone: string; ngi: string }[] | null;
}

type SqlRow = Omit<RolloutRow, 'owner' | 'document' | 'releaseItem' | 'counts' | 'teams' | 'overdue' | 'readiness' | 'stalled'> &
  Omit<RolloutRow['counts'], 'openFindings'> &
  Lateness & {
    total: number;
    openFindings: number;
    teams: string[];
    ownerId: string | null;
    ownerName: string | null;
    ownerEmail: string | null;
    documentNumber: number | null;
    platformId: string;
    os: string;
    arch: string;
    releaseId: string;
    releaseNumber: number;
    productVersion: string;
    umdMajor: string;
    releaseType: ReleaseType;
    security: boolean;
    embargoedUntil: Date | null;
    embargoed: boolean;
    stackId: string;
    stackSlug: string;
    stackName: string;
    componentId: string;
    componentName: string;
  };

/** Late rollouts: a reply past its deadline, or a report one working day (team calendar) after exposure ended. */
async function lateRollouts(rows: (Lateness & { id: string })[], now: Date): Promise<Set<string>> {
  const late = new Set(rows.filter((row) => row.replyLate).map((row) => row.id));
  const pending = rows.filter((row) => !late.has(row.id) && row.reportsLate?.length);
  if (pending.length === 0) return late;
  const holidays = await loadHolidays();
  for (const row of pending) {
    if (row.reportsLate!.some((p) => reportDueAt(new Date(p.end), calendarFor(p.timeZone, p.ngi, holidays)) < now)) late.add(row.id);
  }
  return late;
}

/** Rollouts with an overdue reply or report (the rule of lib/notify/overdue.ts, as the reminders use it). */
async function overdueRolloutIds(now = new Date()): Promise<Set<string>> {
  const rows = await db.$queryRaw<(Lateness & { id: string })[]>`
    SELECT r.id, ${latenessColumns(now)}
    FROM "Rollout" r JOIN "Participation" p ON p."rolloutId" = r.id ${PARTICIPATION_JOINS}
    WHERE r.status <> 'RESOLVED' AND ((p.status = 'INVITED' AND p."replyDueAt" < ${now}) OR (${reportLate(now)}))
    GROUP BY r.id`;
  return lateRollouts(rows, now);
}

function pageQuery(where: Prisma.Sql, state: RolloutTableState, page: number, now: Date): Prisma.Sql {
  const order = Prisma.sql`${LIST_SORTS[state.sort as RolloutSort]} ${Prisma.raw(state.dir === 'desc' ? 'DESC' : 'ASC')}, r.number DESC`;
  return Prisma.sql`
    WITH page AS (
      SELECT r.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
      FROM ${LIST_FROM} ${where}
      ORDER BY ${order} LIMIT ${state.perPage} OFFSET ${(page - 1) * state.perPage}
    )
    SELECT page.total::int AS total, r.id, r.number, r.title, r.status::text AS status, r.outcome::text AS outcome,
      r."createdAt", r."assignedAt", r."resolvedAt", r."volunteersCalledAt",
      u.id AS "ownerId", u.name AS "ownerName", u.email AS "ownerEmail", d.number AS "documentNumber", pl.id AS "platformId", pl.os, pl.arch,
      rel.id AS "releaseId", rel.number AS "releaseNumber", rel."productVersion", rel."umdMajor", rel.type::text AS "releaseType", rel.security,
      rel."embargoedUntil", COALESCE(rel."embargoedUntil" > ${now}, false) AS embargoed,
      st.id AS "stackId", st.slug AS "stackSlug", st.name AS "stackName", c.id AS "componentId", c.name AS "componentName",
      (SELECT count(*)::int FROM "Finding" f WHERE f."rolloutId" = r.id AND f.open) AS "openFindings",
      pa.*
    FROM page JOIN (${LIST_FROM}) ON r.id = page.id
      JOIN "Platform" pl ON pl.id = ri."platformId"
      JOIN "Component" c ON c.id = rel."componentId"
      LEFT JOIN "Document" d ON d."rolloutId" = r.id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS invited,
          (count(*) FILTER (WHERE p.status = 'ACCEPTED'))::int AS accepted,
          (count(*) FILTER (WHERE p.status = 'DECLINED'))::int AS declined,
          (count(*) FILTER (WHERE p.status = 'VOLUNTEERED'))::int AS volunteered,
          count(rep.id)::int AS reports,
          COALESCE(array_agg(t.name), '{}') AS teams,
          ${latenessColumns(now)}
        FROM "Participation" p ${PARTICIPATION_JOINS}
        WHERE p."rolloutId" = r.id
      ) pa
    ORDER BY page.ord`;
}

function toRow(row: SqlRow, overdue: boolean, readiness: Readiness | undefined): RolloutRow {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    createdAt: row.createdAt,
    assignedAt: row.assignedAt,
    resolvedAt: row.resolvedAt,
    volunteersCalledAt: row.volunteersCalledAt,
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName!, email: row.ownerEmail! },
    document: row.documentNumber === null ? null : { number: row.documentNumber },
    releaseItem: {
      platform: { id: row.platformId, os: row.os, arch: row.arch },
      release: {
        id: row.releaseId,
        number: row.releaseNumber,
        productVersion: row.productVersion,
        umdMajor: row.umdMajor,
        type: row.releaseType,
        security: row.security,
        embargoedUntil: row.embargoedUntil,
        embargoed: row.embargoed,
        stack: { id: row.stackId, slug: row.stackSlug, name: row.stackName },
        component: { id: row.componentId, name: row.componentName },
      },
    },
    counts: { invited: row.invited, accepted: row.accepted, declined: row.declined, volunteered: row.volunteered, reports: row.reports, openFindings: row.openFindings },
    teams: [...row.teams].sort(),
    overdue,
    readiness: readiness?.state ?? null,
    stalled: readiness?.stalled ?? false,
  };
}

/** What the rollouts list reads (lib/cache/table-tags.test.ts checks it). */
const ROLLOUT_LIST_TABLES: TableName[] = [
  ...['Rollout', 'ReleaseItem', 'Release', 'Component', 'Stack', 'Platform', 'User'] as const,
  ...['Participation', 'Team', 'Site', 'Ngi', 'Report', 'Finding', 'Document', 'ReadinessPolicy', 'Holiday'] as const,
  ...['TestPlanItem', 'ReportTestedItem'] as const,
];

type RolloutPage = Page<RolloutRow>;

/** `only`: the row of one rollout whatever the filters (GET /api/v1/rollouts/{number} starts from it).
 *  Without `now` and `only` (the list page and the API's list), the page is cached per embargo view
 *  (lib/cache) and shared until a table it reads changes, or for a minute (overdue marks follow the clock). */
export async function listRollouts(state: RolloutTableState, viewer: Viewer, now?: Date, only?: { number: number }): Promise<RolloutPage> {
  if (now || only) return computeRolloutPage(state, viewer, now ?? new Date(), only);
  return listSharedRollouts(state, shareableViewer(viewer));
}

async function listSharedRollouts(state: RolloutTableState, viewer: Viewer): Promise<RolloutPage> {
  'use cache';
  cacheTables(...ROLLOUT_LIST_TABLES);
  return computeRolloutPage(state, viewer, new Date());
}

async function computeRolloutPage(state: RolloutTableState, viewer: Viewer, now: Date, only?: { number: number }): Promise<RolloutPage> {
  const overdueIds = state.filters.overdue && !only ? [...(await overdueRolloutIds(now))] : null;
  const wanted = only ? undefined : state.filters.readiness;
  // The readiness filter needs every open rollout's readiness; the page's rows then reuse it.
  const allReadiness = wanted ? await readinessOfOpenRollouts(now) : null;
  const readinessIds = allReadiness ? [...allReadiness].filter(([, r]) => (wanted === 'STALLED' ? r.stalled : r.state === wanted)).map(([id]) => id) : null;
  const visible = releaseVisibleSql(viewer, 'rel', now);
  const where = only ? Prisma.sql`WHERE r.number = ${only.number} AND ${visible}` : listWhere(state.filters, overdueIds, readinessIds, visible);
  let page = state.page;
  let raw = await db.$queryRaw<SqlRow[]>(pageQuery(where, state, page, now));
  if (raw.length === 0 && page > 1) {
    // Past the last page: show the last one, as the count-first version did.
    const counted = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${LIST_FROM} ${where}`;
    const total = counted[0]?.total ?? 0;
    page = Math.max(1, Math.ceil(total / state.perPage));
    if (total === 0) return { rows: [], total, page, perPage: state.perPage };
    raw = await db.$queryRaw<SqlRow[]>(pageQuery(where, state, page, now));
  }
  const open = raw.filter((row) => row.status !== 'RESOLVED');
  const late = await lateRollouts(open, now);
  const readiness = allReadiness ?? (open.length ? await readinessOfOpenRollouts(now, open.map((row) => row.id)) : new Map<string, Readiness>());
  return { rows: raw.map((row) => toRow(row, late.has(row.id), readiness.get(row.id))), total: raw[0]?.total ?? 0, page, perPage: state.perPage };
}
