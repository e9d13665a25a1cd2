// Steps 13-15: the manager closes the rollout. The summary plus the team reports become the Document
// (the DocDB record), the outcome and known issues are set, the ticket is resolved, teams still
// flagged "beta" are reminded, and the release side moves the child ticket on (applyRolloutOutcome),
// all in ONE transaction guarded by the rollout's version: of two managers, exactly one wins.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { applyRolloutOutcome } from '@/lib/releases/apply-rollout-outcome';
import { inTransaction, loadRolloutContext, requireFreshRollout, requirePermission, requireRolloutEvent, rolloutFacts, updateRolloutGuarded } from './load-rollout';
import { betaReminderMessage } from './messages';
import { documentDescription, summaryFileName } from './naming';
import { negativeFindings } from './negative-findings';
import { nextRolloutStatus } from './rollout-machine';
import type { CloseInput } from './schemas';
import { teamRecipients } from '@/lib/notify/recipients';

export async function closeRollout(user: CurrentUser, number: number, input: CloseInput): Promise<{ message: string; documentNumber: number }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number);
    const { stack, names } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.close', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator sets the outcome.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'resolve');
    // One after the other: a transaction is one connection (pg deprecates overlapping queries on a client).
    const participations = await tx.participation.findMany({ where: { rolloutId: rollout.id }, include: { team: true, report: { select: { id: true, fileName: true, recommendation: true } } } });
    const openFindings = await tx.finding.findMany({ where: { rolloutId: rollout.id, open: true }, select: { title: true, externalId: true } });
    const reports = participations.filter((p) => p.report);
    const negatives = negativeFindings({
      rejectingTeams: reports.filter((p) => p.report!.recommendation === 'REJECT').map((p) => p.team.name),
      openFindings: openFindings.map((f) => (f.externalId ? `${f.title} (GGUS ${f.externalId})` : f.title)),
      reports: reports.length,
    });
    const overridden = input.outcome === 'ACCEPT' && negatives.length > 0;
    if (overridden && !input.confirmNegative) {
      const message = `ACCEPT needs your explicit confirmation: ${negatives.join('; ')}. Tick the confirmation and give the reason.`;
      throw new ValidationError(message, { confirmNegative: [message] });
    }
    const status = nextRolloutStatus(rollout.status, 'resolve')!;
    const now = new Date();
    const outcomeReason = overridden ? input.outcomeReason : input.outcomeReason || null;
    // The guarded update comes first: a second, stale manager stops here before writing anything.
    await updateRolloutGuarded(tx, rollout, { status, resolvedAt: now, outcome: input.outcome, knownIssues: input.knownIssues, outcomeReason });
    const document = await tx.document.create({
      data: {
        rolloutId: rollout.id,
        description: documentDescription(names),
        summaryFileName: summaryFileName({ ...names, ext: input.summaryExt }),
        summary: input.summary,
      },
    });
    const actor = actorOf(user);
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
        overriddenFindings: overridden ? negatives : undefined,
        outcomeReason,
        version: rollout.version + 1,
      },
    });
    const ref = { number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
    for (const participation of participations.filter((p) => p.beta)) {
      await enqueueMessage(tx, {
        kind: 'rollout.betaReminder',
        recipients: await teamRecipients(participation.teamId, tx),
        rolloutId: rollout.id,
        dedupeKey: `rollout.betaReminder:${participation.id}`,
        ...betaReminderMessage(ref, participation.team.name, input.outcome),
      });
    }
    await applyRolloutOutcome(tx, { releaseItemId: rollout.releaseItemId, outcome: input.outcome, documentNumber: document.number, actor });
    return { message: `Resolved with outcome ${input.outcome}; document #${document.number} holds the summary and ${reports.length} report${reports.length === 1 ? '' : 's'}.`, documentNumber: document.number };
  });
}
