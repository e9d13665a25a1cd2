// A blocker finding, or a report recommending REJECT (a blocker until the manager answers it), puts a
// rollout on hold at once: the manager, the coordinators and the provider who submitted the release are
// told, once per cause, in the transaction that recorded it.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { coordinatorRecipients } from '@/lib/notify/recipients';
import type { RolloutContext } from './load-rollout';
import { heldMessage } from './messages';

/** `key` names the cause once (a finding id, a report's file hash); `cause` says what happened. */
export async function announceHold(tx: Tx, rollout: RolloutContext, hold: { key: string; cause: string }): Promise<void> {
  const submitter = await tx.release.findUnique({ where: { id: rollout.releaseItem.releaseId }, select: { submittedBy: { select: { email: true } } } });
  const recipients = [...new Set([...(rollout.owner ? [rollout.owner.email] : []), ...(await coordinatorRecipients(tx)), ...(submitter?.submittedBy ? [submitter.submittedBy.email] : [])])];
  await enqueueMessage(tx, {
    kind: 'rollout.held',
    recipients,
    rolloutId: rollout.id,
    dedupeKey: `rollout.held:${hold.key}`,
    ...heldMessage({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) }, hold.cause),
  });
}
