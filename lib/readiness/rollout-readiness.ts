// Readiness of one rollout from the database: its stored facts and the policy that applies (the
// current version while open; the version recorded at resolution afterwards). Used inside the
// transaction that resolves, so the check and the write see the same rows.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
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
    report: { recommendation: Outcome } | null;
  }[];
  findings: { title: string; severity: FindingSeverity; open: boolean; team: { name: string } | null }[];
}

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
      report: p.report ? { recommendation: p.report.recommendation } : null,
    })),
    findings: rows.findings.map((f) => ({ title: f.title, severity: f.severity, open: f.open, teamName: f.team?.name ?? null })),
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
  rollout: { id: string; owner: { name: string } | null; readinessPolicyId: string | null; release: { type: ReleaseType; security: boolean } },
  now: Date,
): Promise<{ readiness: Readiness; policy: ReadinessPolicyValues }> {
  // One after the other: a transaction is one connection.
  const participations = await tx.participation.findMany({
    where: { rolloutId: rollout.id },
    select: { status: true, replyDueAt: true, exposureStart: true, exposureEnd: true, team: { select: { name: true } }, report: { select: { recommendation: true } } },
  });
  const findings = await tx.finding.findMany({ where: { rolloutId: rollout.id }, select: { title: true, severity: true, open: true, team: { select: { name: true } } } });
  const policy = await policyFor(tx, rollout);
  return { readiness: evaluateReadiness(readinessFactsOf({ owner: rollout.owner, participations, findings }), policy, now), policy };
}
