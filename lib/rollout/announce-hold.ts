// A blocker finding puts a rollout on hold at once: the manager, the coordinators and the provider
// who submitted the release are told, once per finding, in the transaction that logged it.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { coordinatorRecipients } from '@/lib/notify/recipients';
import type { RolloutContext } from './load-rollout';
import { heldMessage } from './messages';

export async function announceHold(tx: Tx, rollout: RolloutContext, finding: { id: string; title: string }, by: string): Promise<void> {
  const submitter = await tx.release.findUnique({ where: { id: rollout.releaseItem.releaseId }, select: { submittedBy: { select: { email: true } } } });
  const recipients = [...new Set([...(rollout.owner ? [rollout.owner.email] : []), ...(await coordinatorRecipients(tx)), ...(submitter?.submittedBy ? [submitter.submittedBy.email] : [])])];
  await enqueueMessage(tx, {
    kind: 'rollout.held',
    recipients,
    rolloutId: rollout.id,
    dedupeKey: `rollout.held:${finding.id}`,
    ...heldMessage({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) }, `${by} logged the blocker finding "${finding.title}".`),
  });
}
