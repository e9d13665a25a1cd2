// Loads from the database the rows the measures of one period need (and no more): releases decided
// or put in production in the period, reports submitted in it, teams created before its end, the live
// catalogue for coverage, and the timings of replies, exposures and resolutions that fall in it.
import 'server-only';
import { type Db, db as defaultDb } from '@/lib/db/client';
import { getCoverageTarget } from '@/lib/coverage/coverage-target';
import type { MetricRows } from './build-metrics-report';
import type { CoverageInput } from './coverage-per-stack';
import type { Period } from './project-quarters';
import type { ReleaseItemState } from '@/lib/generated/prisma/enums';
import type { ReleaseRow } from './types';
import { releaseVisibleWhere, rolloutVisibleWhere, underVisibleRollout } from '@/lib/embargo/visibility';

// Metrics are the same for every reader (page, API, CSV): an embargoed release counts only once lifted.
const PUBLIC = null;

/** The live catalogue and its commitments, as lib/coverage's computation takes them. */
async function loadCoverageInput(db: Db): Promise<CoverageInput> {
  const [components, platforms, commitments, target] = await Promise.all([
    db.component.findMany({
      where: { retiredAt: null },
      select: {
        id: true,
        name: true,
        capability: true,
        retiredAt: true,
        stack: { select: { id: true, slug: true, name: true, provider: { select: { name: true } } } },
        platforms: { select: { platformId: true } },
      },
    }),
    db.platform.findMany({ select: { id: true, os: true, arch: true } }),
    db.commitment.findMany({
      where: { component: { retiredAt: null } },
      select: { teamId: true, componentId: true, platformId: true, team: { select: { retiredAt: true } } },
    }),
    getCoverageTarget(db),
  ]);
  return {
    components: components.map((c) => ({
      id: c.id,
      name: c.name,
      capability: c.capability,
      retiredAt: c.retiredAt,
      stack: { id: c.stack.id, slug: c.stack.slug, name: c.stack.name, provider: c.stack.provider.name },
      platformIds: c.platforms.map((p) => p.platformId),
    })),
    platforms,
    commitments: commitments.map((c) => ({ teamId: c.teamId, componentId: c.componentId, platformId: c.platformId, teamRetired: c.team.retiredAt !== null })),
    target: target.target,
  };
}

const STILL_RUNNING: readonly ReleaseItemState[] = ['UNVERIFIED', 'IN_VERIFICATION', 'STAGED_ROLLOUT'];

async function loadReleases(db: Db, period: Period): Promise<ReleaseRow[]> {
  const within = { gte: period.start, lt: period.end };
  const releases = await db.release.findMany({
    where: {
      ...releaseVisibleWhere(PUBLIC),
      AND: [{ OR: [
        { productionAt: within },
        { items: { some: { rollout: { resolvedAt: within } } } },
        { items: { some: { state: 'SKIPPED_ROLLOUT', stateChangedAt: within } } },
      ] }],
    },
    select: {
      id: true,
      productionAt: true,
      stack: { select: { slug: true } },
      items: { select: { state: true, stateChangedAt: true, rollout: { select: { status: true, outcome: true, resolvedAt: true, acceptedWithOverride: true } } } },
    },
  });
  return releases.map((release) => {
    const skipped = release.items.filter((item) => item.state === 'SKIPPED_ROLLOUT');
    return {
      id: release.id,
      stackSlug: release.stack.slug,
      productionAt: release.productionAt,
      skippedRollout: skipped.length > 0,
      skippedAt: skipped[0]?.stateChangedAt ?? null,
      unfinished: release.items.some((item) => STILL_RUNNING.includes(item.state)),
      rollouts: release.items.flatMap((item) =>
        // A superseded rollout is never counted as accepted or rejected: its newer version's rollout is.
        item.rollout && item.rollout.outcome !== 'SUPERSEDED'
          ? [{ resolved: item.rollout.status === 'RESOLVED', outcome: item.rollout.outcome, resolvedAt: item.rollout.resolvedAt, override: item.rollout.acceptedWithOverride }]
          : [],
      ),
    };
  });
}

/** `db` defaults to the app's client; tests pass the client of a database of their own. */
export async function loadMetricRows(period: Period, db: Db = defaultDb): Promise<MetricRows> {
  const within = { gte: period.start, lt: period.end };
  const stackOfRollout = { releaseItem: { select: { release: { select: { stack: { select: { slug: true } } } } } } } as const;
  const [stacks, releases, reports, teams, coverage, participations, rollouts] = await Promise.all([
    db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    loadReleases(db, period),
    db.report.findMany({
      // Table 2: a report on a superseded rollout is evidence for its successor, not a test of its own.
      where: { submittedAt: within, participation: { rollout: { ...rolloutVisibleWhere(PUBLIC), AND: [{ OR: [{ outcome: null }, { outcome: { not: 'SUPERSEDED' } }] }] } } },
      select: { submittedAt: true, participation: { select: { team: { select: { site: { select: { ngi: { select: { name: true } } } } } } } } },
    }),
    db.team.findMany({ where: { createdAt: { lt: period.end } }, select: { createdAt: true, retiredAt: true } }),
    loadCoverageInput(db),
    db.participation.findMany({
      where: { ...underVisibleRollout(PUBLIC), OR: [{ repliedAt: within }, { exposureEnd: within }] },
      select: { invitedAt: true, repliedAt: true, exposureStart: true, exposureEnd: true, rollout: { select: stackOfRollout } },
    }),
    db.rollout.findMany({ where: { resolvedAt: within, ...rolloutVisibleWhere(PUBLIC) }, select: { createdAt: true, resolvedAt: true, ...stackOfRollout } }),
  ]);
  return {
    stacks,
    releases,
    tests: reports.map((report) => ({ submittedAt: report.submittedAt, ngiName: report.participation.team.site.ngi.name })),
    teams,
    coverage,
    participations: participations.map((row) => ({
      stackSlug: row.rollout.releaseItem.release.stack.slug,
      invitedAt: row.invitedAt,
      repliedAt: row.repliedAt,
      exposureStart: row.exposureStart,
      exposureEnd: row.exposureEnd,
    })),
    rollouts: rollouts.map((row) => ({ stackSlug: row.releaseItem.release.stack.slug, createdAt: row.createdAt, resolvedAt: row.resolvedAt })),
  };
}
