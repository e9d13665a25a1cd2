// A comment on the ticket, as in RT: by the stack's managers, the coordinator, verifiers, admins, and
// members of the teams on the rollout. Allowed in every status (a resolved ticket can be discussed).
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ForbiddenError } from '@/lib/errors';
import { loadRolloutContext, requireRolloutEvent, rolloutFacts } from './load-rollout';
import { inTransaction } from '@/lib/db/transaction';

export function mayComment(user: CurrentUser, stackId: string, teamIds: readonly string[]): boolean {
  return can(user, 'rollout.comment', { stackId }) || teamIds.some((teamId) => can(user, 'rollout.comment', { teamId }));
}

export async function addComment(user: CurrentUser, number: number, input: { body: string }): Promise<{ message: string; commentId: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const teams = await tx.participation.findMany({ where: { rolloutId: rollout.id }, select: { teamId: true } });
    if (!mayComment(user, rolloutFacts(rollout).stack.id, teams.map((row) => row.teamId))) {
      throw new ForbiddenError('Only the rollout’s managers, the coordinator and the teams on it can comment.');
    }
    requireRolloutEvent(rollout, 'comment');
    const comment = await tx.comment.create({ data: { rolloutId: rollout.id, authorId: user.id, body: input.body } });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.comment',
      entityType: 'Comment',
      entityId: comment.id,
      after: { rollout: rollout.number, length: input.body.length },
    });
    return { message: 'Comment added.', commentId: comment.id };
  });
}
