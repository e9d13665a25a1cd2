// A team member answers the invitation in the app or through the API (step 6): permission on the
// team as loaded, the page's version, then the shared reply rule (apply-reply.ts).
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { applyReply, type ReplyChannel } from './apply-reply';
import { loadParticipation, requireFreshParticipation } from './load-participation';
import { loadRolloutContext, requireRolloutEvent } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import type { ReplyInput } from './schemas';

export async function recordTeamReply(user: CurrentUser, number: number, input: ReplyInput, channel: ReplyChannel = 'app') {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    requirePermission(user, 'rollout.reply', { teamId: input.teamId }, 'Only a member of the invited team can answer for it.');
    const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
    requireFreshParticipation(participation, input.version);
    requireRolloutEvent(rollout, 'reply');
    return applyReply(tx, rollout, participation, input.answer, channel, actorOf(user));
  });
}
