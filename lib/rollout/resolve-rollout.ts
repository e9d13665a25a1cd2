// Steps 13-15: the manager closes the rollout. The summary plus the team reports become the Document
// (the DocDB record), the outcome and known issues are set, the ticket is resolved, invitations still
// unanswered are closed, teams still flagged "beta" are reminded, and the release side moves the child
// ticket on (applyRolloutOutcome), all in ONE transaction guarded by the rollout's version: of two
// managers, exactly one wins. ACCEPT obeys the readiness rules (lib/readiness): refused when the
// rollout is not ready, unless a coordinator overrides with a reason; never while it is on hold.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import type { ReadinessPolicyValues } from '@/lib/readiness/policy';
import { ForbiddenError, NotReadyError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { teamRecipients } from '@/lib/notify/recipients';
import { type Readiness, unmetRules } from '@/lib/readiness/readiness';
import { loadRolloutReadiness } from '@/lib/readiness/rollout-readiness';
import { applyRolloutOutcome } from '@/lib/releases/apply-rollout-outcome';
import { closeOpenInvitations } from './close-invitations';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, type RolloutContext, rolloutFacts, updateRolloutGuarded } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import { betaReminderMessage } from './messages';
import { documentDescription, summaryFileName } from './naming';
import { nextRolloutStatus } from './rollout-machine';
import type { ResolveInput } from './schemas';

/** Whether this ACCEPT may go ahead, and whether it does so by the coordinator's override. Throws when refused. */
function checkAccept(user: CurrentUser, readiness: Readiness, input: ResolveInput): { overridden: boolean } {
  if (input.outcome !== 'ACCEPT' || readiness.ready) return { overridden: false };
  const unmet = unmetRules(readiness);
  const list = unmet.map((rule) => rule.detail).join(' ');
  if (readiness.state === 'HELD') {
    throw new NotReadyError(`This rollout is on hold and cannot be accepted: ${list} REJECT remains possible.`, unmet);
  }
  if (!input.override) {
    throw new NotReadyError(`This rollout is not ready to accept: ${list} Wait for the evidence, REJECT it, or ask the coordinator to accept it with a written reason.`, unmet);
  }
  if (!can(user, 'rollout.override')) throw new ForbiddenError('Only the Staged Rollout Coordinator can accept a rollout that is not ready.');
  return { overridden: true };
}

export async function resolveRollout(user: CurrentUser, number: number, input: ResolveInput): Promise<{ message: string; documentNumber: number }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack, release } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.resolve', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator sets the outcome.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'resolve');
    const now = new Date();
    const judged = await loadRolloutReadiness(tx, { ...rollout, release }, now);
    const { overridden } = checkAccept(user, judged.readiness, input);
    return writeResolution(tx, rollout, input, { ...judged, overridden, actor: actorOf(user), overrideById: overridden ? user.id : null, now });
  });
}

interface Judged {
  readiness: Readiness;
  policy: ReadinessPolicyValues;
  overridden: boolean;
  actor: Actor;
  overrideById: string | null;
  now: Date;
}

/**
 * The writes of a resolution once it is allowed (by resolveRollout's checks, or by the auto-accept of a
 * ready rollout): in the caller's transaction, the version-guarded update first.
 */
export async function writeResolution(tx: Tx, rollout: RolloutContext, input: ResolveInput, judged: Judged): Promise<{ message: string; documentNumber: number }> {
  const { names } = rolloutFacts(rollout);
  const { readiness, policy, overridden, actor, now } = judged;
  const participations = await tx.participation.findMany({ where: { rolloutId: rollout.id }, include: { team: true, report: { select: { id: true, fileName: true } } } });
  const reports = participations.filter((p) => p.report);
  const status = nextRolloutStatus(rollout.status, 'resolve')!;
  const outcomeReason = overridden ? input.overrideReason : null;
  // The guarded update comes first: a second, stale manager stops here before writing anything.
  await updateRolloutGuarded(tx, rollout, {
    status,
    resolvedAt: now,
    outcome: input.outcome,
    knownIssues: input.knownIssues,
    outcomeReason,
    acceptedWithOverride: overridden,
    overrideById: judged.overrideById,
    readinessPolicyId: policy.id || null,
  });
  const document = await tx.document.create({
    data: {
      rolloutId: rollout.id,
      description: documentDescription(names),
      summaryFileName: summaryFileName({ ...names, ext: input.summaryExt }),
      summary: input.summary,
    },
  });
  const ref = { id: rollout.id, number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
  const closedInvitations = await closeOpenInvitations(tx, ref, input.outcome);
  await recordAudit(tx, actor, {
    action: 'rollout.resolve',
    entityType: 'Rollout',
    entityId: rollout.id,
    before: { status: rollout.status, outcome: null, version: rollout.version },
    after: {
      status,
      outcome: input.outcome,
      resolvedAt: now,
      document: document.number,
      description: document.description,
      summaryFileName: document.summaryFileName,
      reports: reports.map((p) => p.report!.fileName),
      knownIssues: input.knownIssues,
      readiness: readiness.state,
      policy: { kind: policy.kind, version: policy.version },
      overriddenRules: overridden ? unmetRules(readiness).map((rule) => rule.detail) : undefined,
      outcomeReason,
      closedInvitations: closedInvitations.length ? closedInvitations : undefined,
      version: rollout.version + 1,
    },
  });
  for (const participation of participations.filter((p) => p.beta)) {
    await enqueueMessage(tx, {
      kind: 'rollout.betaReminder',
      recipients: await teamRecipients(participation.teamId, tx),
      rolloutId: rollout.id,
      dedupeKey: `rollout.betaReminder:${participation.id}`,
      ...betaReminderMessage(ref, participation.team.name, input.outcome),
    });
  }
  await applyRolloutOutcome(tx, { releaseItemId: rollout.releaseItemId, outcome: input.outcome, documentNumber: document.number, overrideReason: outcomeReason, actor });
  const how = overridden ? ' (accepted with override)' : '';
  return {
    message: `Resolved with outcome ${input.outcome}${how}; document #${document.number} holds the summary and ${reports.length} report${reports.length === 1 ? '' : 's'}.`,
    documentNumber: document.number,
  };
}
