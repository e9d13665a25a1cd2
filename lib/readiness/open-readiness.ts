// The readiness state of many rollouts at once (the list's column and filter, the overview, the
// feeds): the stored facts of every rollout not yet resolved, three queries in all, judged by the one
// readiness function under the current policies. A resolved rollout has no readiness state.
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import { policyKindOf } from './policy';
import { currentPolicies } from './policy-store';
import { evaluateReadiness, type Readiness, type ReadinessState } from './readiness';
import { readinessFactsOf, REPORT_FACTS_SELECT, TEST_PLAN_SELECT } from './rollout-readiness';

/** Readiness of every rollout not yet resolved (or of those among `ids`), by rollout id. */
export async function readinessOfOpenRollouts(now: Date, ids?: string[]): Promise<Map<string, Readiness>> {
  const rollouts = await db.rollout.findMany({
    where: { status: { not: 'RESOLVED' }, ...(ids ? { id: { in: ids } } : {}) },
    select: {
      id: true,
      owner: { select: { name: true } },
      releaseItem: { select: { release: { select: { type: true, security: true, component: { select: { testPlan: TEST_PLAN_SELECT } } } } } },
      participations: {
        select: { status: true, replyDueAt: true, exposureStart: true, exposureEnd: true, team: { select: { name: true } }, report: { select: REPORT_FACTS_SELECT } },
      },
      // Only open findings can hold a rollout.
      findings: { where: { open: true }, select: { title: true, severity: true, open: true, team: { select: { name: true } } } },
    },
  });
  const policies = await currentPolicies();
  return new Map(rollouts.map((rollout) => [rollout.id, evaluateReadiness(readinessFactsOf({ ...rollout, testPlan: rollout.releaseItem.release.component.testPlan }), policies[policyKindOf(rollout.releaseItem.release)], now)]));
}

/** How many open rollouts are Ready, Waiting and Held, and how many of the waiting ones are stalled (the overview).
 *  Shared by every manager and coordinator who sees the home page (the counts depend on no viewer) until a
 *  table the rules read changes, and judged at most a minute late (cacheTables): a notice period is days. */
export async function readinessCounts(): Promise<Record<ReadinessState | 'STALLED', number>> {
  'use cache';
  cacheTables('Rollout', 'User', 'Release', 'ReleaseItem', 'Component', 'TestPlanItem', 'Participation', 'Team', 'Report', 'ReportTestedItem', 'Finding', 'ReadinessPolicy');
  return countReadiness(new Date());
}

/** The counts at `now`, uncached. */
async function countReadiness(now: Date): Promise<Record<ReadinessState | 'STALLED', number>> {
  const counts: Record<ReadinessState | 'STALLED', number> = { READY: 0, WAITING: 0, HELD: 0, STALLED: 0 };
  for (const readiness of (await readinessOfOpenRollouts(now)).values()) {
    counts[readiness.state] += 1;
    if (readiness.stalled) counts.STALLED += 1;
  }
  return counts;
}
