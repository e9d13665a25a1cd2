// The manager answers a report recommending REJECT (issue #14): until then the report holds the
// rollout like a blocker finding. The answer (a reason, at least 10 characters) is kept on the report,
// audited, and mailed to the team and the coordinators, in one transaction. Answering does not make
// the report ACCEPT evidence; the manager may still REJECT the rollout at any time.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { coordinatorRecipients, teamRecipients } from '@/lib/notify/recipients';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, rolloutFacts } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { rejectAnsweredMessage } from './readiness-messages';
import type { RejectAnswerInput } from './schemas';

export async function answerRejectReport(user: CurrentUser, number: number, input: RejectAnswerInput): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.resolve', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator answers a REJECT recommendation.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'resolve');
    const participation = await tx.participation.findUnique({
      where: { rolloutId_teamId: { rolloutId: rollout.id, teamId: input.teamId } },
      include: { team: { select: { name: true } }, report: { select: { id: true, recommendation: true, rejectAnsweredAt: true, sha256: true } } },
    });
    if (!participation?.report) throw new NotFoundError('That team has no report on this rollout.');
    const { report } = participation;
    if (report.recommendation !== 'REJECT') throw new ConflictError(`${participation.team.name}’s report recommends ${report.recommendation}: there is nothing to answer.`);
    if (report.rejectAnsweredAt) throw new ConflictError(`${participation.team.name}’s REJECT recommendation was already answered; reload the page.`);
    const now = new Date();
    // Guarded on "not yet answered": of two managers answering at once, one wins.
    const { count } = await tx.report.updateMany({
      where: { id: report.id, rejectAnsweredAt: null },
      data: { rejectAnswer: input.answer, rejectAnsweredAt: now, rejectAnsweredBy: user.email },
    });
    if (count === 0) throw new ConflictError('Someone answered this report at the same moment; reload the page. Nothing was saved.');
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.rejectAnswer',
      entityType: 'Report',
      entityId: report.id,
      before: { recommendation: 'REJECT', rejectAnsweredAt: null },
      after: { rollout: rollout.number, team: participation.team.name, answer: input.answer, rejectAnsweredAt: now },
    });
    const ref = { number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
    const recipients = [...new Set([...(await teamRecipients(participation.teamId, tx)), ...(await coordinatorRecipients(tx))])];
    await enqueueMessage(tx, {
      kind: 'rollout.rejectAnswered',
      recipients,
      rolloutId: rollout.id,
      dedupeKey: `rollout.rejectAnswered:${report.id}:${report.sha256}`,
      ...rejectAnsweredMessage(ref, participation.team.name, user.name, input.answer),
    });
    return { message: `Answered ${participation.team.name}’s REJECT recommendation; the report no longer holds the rollout.` };
  });
}
