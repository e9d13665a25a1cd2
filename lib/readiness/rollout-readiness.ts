// Readiness of one rollout from the database: its stored facts and the policy that applies (the
// current version while open; the version recorded at resolution afterwards). Used inside the
// transaction that resolves, so the check and the write see the same rows.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FindingSeverity, Outcome, ParticipationStatus, ReleaseType } from '@/lib/generated/prisma/enums';
import { type ReadinessPolicyValues, policyKindOf } from './policy';
import { currentPolicy } from './policy-store';
import { evaluateReadiness, type Readiness, type ReadinessFacts } from './readiness';

interface FactRows {
  owner: { name: string } | null;
  participations: {
    status: ParticipationStatus;
    replyDueAt: Date | null;
    exposureStart: Date | null;
    exposureEnd: Date | null;
    team: { name: string };
    report: { recommendation: Outcome; rejectAnsweredAt: Date | null; testedItems: { testPlanItemId: string }[] } | null;
  }[];
  findings: { title: string; severity: FindingSeverity; open: boolean; team: { name: string } | null }[];
  testPlan?: { id: string; title: string; mandatory: boolean }[];
}

/** What the rules read of a report (the select shared by every loader). */
export const REPORT_FACTS_SELECT = { recommendation: true, rejectAnsweredAt: true, testedItems: { select: { testPlanItemId: true } } } as const;
/** The component's current test plan, as the rules read it. */
export const TEST_PLAN_SELECT = {
  where: { retiredAt: null },
  orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  select: { id: true, title: true, mandatory: true },
} satisfies Prisma.TestPlanItemFindManyArgs;

/** The facts the rules read, from rows loaded with their team names (the page's detail or the loader below). */
export function readinessFactsOf(rows: FactRows): ReadinessFacts {
  return {
    ownerName: rows.owner?.name ?? null,
    participations: rows.participations.map((p) => ({
      teamName: p.team.name,
      status: p.status,
      replyDueAt: p.replyDueAt,
      exposureStart: p.exposureStart,
      exposureEnd: p.exposureEnd,
      report: p.report
        ? { recommendation: p.report.recommendation, rejectAnswered: p.report.rejectAnsweredAt !== null, testedItemIds: p.report.testedItems.map((t) => t.testPlanItemId) }
        : null,
    })),
    findings: rows.findings.map((f) => ({ title: f.title, severity: f.severity, open: f.open, teamName: f.team?.name ?? null })),
    testPlan: rows.testPlan ?? [],
  };
}

/** The policy that applies to a rollout: the one recorded at resolution, else the current one. */
export async function policyFor(tx: Tx, rollout: { readinessPolicyId: string | null; release: { type: ReleaseType; security: boolean } }): Promise<ReadinessPolicyValues> {
  if (rollout.readinessPolicyId) {
    const stored = await tx.readinessPolicy.findUnique({ where: { id: rollout.readinessPolicyId } });
    if (stored) return stored;
  }
  return currentPolicy(tx, policyKindOf(rollout.release));
}

export async function loadRolloutReadiness(
  tx: Tx,
  rollout: { id: string; owner: { name: string } | null; readinessPolicyId: string | null; release: { type: ReleaseType; security: boolean; componentId: string } },
  now: Date,
): Promise<{ readiness: Readiness; policy: ReadinessPolicyValues }> {
  // One after the other: a transaction is one connection.
  const participations = await tx.participation.findMany({
    where: { rolloutId: rollout.id },
    select: { status: true, replyDueAt: true, exposureStart: true, exposureEnd: true, team: { select: { name: true } }, report: { select: REPORT_FACTS_SELECT } },
  });
  const findings = await tx.finding.findMany({ where: { rolloutId: rollout.id }, select: { title: true, severity: true, open: true, team: { select: { name: true } } } });
  const testPlan = await tx.testPlanItem.findMany({ ...TEST_PLAN_SELECT, where: { componentId: rollout.release.componentId, ...TEST_PLAN_SELECT.where } });
  const policy = await policyFor(tx, rollout);
  return { readiness: evaluateReadiness(readinessFactsOf({ owner: rollout.owner, participations, findings, testPlan }), policy, now), policy };
}
