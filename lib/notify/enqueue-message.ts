// Queues an e-mail in the outbox inside the caller's transaction: the message exists if and only if
// the change that caused it was committed. A worker sends it later (lib/notify/outbox-worker.ts).
import type { Tx } from '@/lib/audit/record-audit';

export interface OutgoingMessage {
  kind: string; // e.g. rollout.created, rollout.assigned, team.invited, reply.reminder, rollout.outcome
  recipients: string[];
  subject: string;
  text: string;
  html?: string;
  rolloutId?: string;
  userId?: string;
  /** One message per key, ever: a second enqueue with the same key is silently skipped. */
  dedupeKey?: string;
  notBefore?: Date;
}

export async function enqueueMessage(tx: Tx, message: OutgoingMessage): Promise<void> {
  const recipients = [...new Set(message.recipients.map((address) => address.trim().toLowerCase()).filter(Boolean))];
  if (recipients.length === 0) return;
  const data = {
    kind: message.kind,
    recipients,
    subject: message.subject,
    text: message.text,
    html: message.html,
    rolloutId: message.rolloutId,
    userId: message.userId,
    dedupeKey: message.dedupeKey,
    nextAttemptAt: message.notBefore ?? new Date(),
  };
  if (message.dedupeKey) {
    // ON CONFLICT DO NOTHING semantics without aborting the surrounding transaction.
    await tx.outboxMessage.upsert({ where: { dedupeKey: message.dedupeKey }, create: data, update: {} });
  } else {
    await tx.outboxMessage.create({ data });
  }
}

/** The absolute URL of a path in the app, for links in messages. */
export function appUrl(path: string): string {
  const base = (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return `${base}${path}`;
}
