// A team's answer to its invitation (step 6), whatever the channel (app button, API, e-mail reply):
// the participation moves INVITED -> ACCEPTED | DECLINED through the machine, the manager is told,
// and the audit row names the channel. Runs inside the caller's transaction.
import 'server-only';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db/transaction';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { type ParticipationContext, updateParticipationGuarded } from './load-participation';
import type { RolloutContext } from './load-rollout';
import { teamRepliedMessage } from './messages';
import { assertParticipationEvent } from './participation-machine';

export type ReplyChannel = 'app' | 'api' | 'email';

export interface ReplyOutcome {
  message: string;
  /** false when the same answer was already recorded (a second e-mail from another contact). */
  changed: boolean;
}

export async function applyReply(
  tx: Tx,
  rollout: RolloutContext,
  participation: ParticipationContext,
  answer: 'accept' | 'decline',
  channel: ReplyChannel,
  actor: Actor,
  detail: Record<string, unknown> = {},
): Promise<ReplyOutcome> {
  const team = participation.team.name;
  const wanted = answer === 'accept' ? 'ACCEPTED' : 'DECLINED';
  if (participation.status === wanted) return { message: `${team} had already ${answer === 'accept' ? 'accepted' : 'declined'}; nothing changed.`, changed: false };
  const status = assertParticipationEvent(team, participation.status, answer);
  const now = new Date();
  await updateParticipationGuarded(tx, participation, { status, repliedAt: now, replyChannel: channel }, { status: 'INVITED' });
  const late = !!participation.replyDueAt && participation.replyDueAt < now;
  await recordAudit(tx, actor, {
    action: answer === 'accept' ? 'rollout.accept' : 'rollout.decline',
    entityType: 'Participation',
    entityId: participation.id,
    before: { status: participation.status, version: participation.version },
    after: { rollout: rollout.number, team, status, repliedAt: now, channel, late, version: participation.version + 1, ...detail },
  });
  if (rollout.owner) {
    const ref = { number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
    await enqueueMessage(tx, {
      kind: 'rollout.teamReplied',
      recipients: [rollout.owner.email],
      userId: rollout.owner.id,
      rolloutId: rollout.id,
      dedupeKey: `rollout.teamReplied:${participation.id}:${status}`,
      ...teamRepliedMessage(ref, team, answer, channel === 'email' ? 'by e-mail' : 'in the app'),
    });
  }
  return { message: answer === 'accept' ? `${team} accepted the staged rollout.` : `${team} declined the staged rollout.`, changed: true };
}
