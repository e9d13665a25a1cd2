// What the sender of an e-mail reply gets back, through the outbox: an acknowledgement of what was
// recorded, or the reason it was refused. Both are replies in the ticket's thread (In-Reply-To the
// sender's message, References the ticket's root, added by compose-mail.ts) and carry
// Auto-Submitted, so an autoresponder answering them is ignored rather than looped. A retried
// delivery of the same message (same Message-ID) is answered once: the dedupe key says so.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { equalsIgnoringCase } from '@/lib/db/like';
import { enqueueMessage } from '@/lib/notify/enqueue-message';

export interface AnsweredMail {
  subject: string;
  messageId?: string;
}

/** A single well-formed message id, or null (anything else must not reach a header). */
function ownMessageId(mail: AnsweredMail): string | null {
  const id = mail.messageId?.trim() ?? '';
  return /^<[^<>\s]+@[^<>\s]+>$/.test(id) ? id : null;
}

function replySubject(subject: string): string {
  const bare = subject.replace(/^\s*((re|aw|sv|fwd?)\s*:\s*)+/i, '').trim();
  return `Re: ${bare || 'your e-mail'}`.slice(0, 500);
}

function threadHeaders(mail: AnsweredMail): Record<string, string> | undefined {
  const id = ownMessageId(mail);
  return id ? { 'In-Reply-To': id, References: id } : undefined;
}

/** Tells the sender what their reply did (inside the transaction that did it, when there is one). */
export async function acknowledgeReply(tx: Tx, mail: AnsweredMail, to: string, rollout: { id: string; number: number }, outcome: string): Promise<void> {
  const id = ownMessageId(mail);
  await enqueueMessage(tx, {
    kind: 'inbound.acknowledged',
    recipients: [to],
    rolloutId: rollout.id,
    subject: replySubject(mail.subject),
    text: `Your e-mail about staged rollout #${rollout.number} was received.\n\n${outcome}\n`,
    headers: threadHeaders(mail),
    dedupeKey: id ? `inbound.acknowledged:${id}` : undefined,
  });
}

/**
 * Tells the sender why their reply was refused, but only an address the app already writes to (an
 * account or a team contact): anything else may be forged, and answering it would be backscatter.
 * Unknown senders get only the mail server's bounce.
 */
export async function answerRefusal(mail: AnsweredMail, to: string, rollout: { id: string; number: number } | null, reason: string): Promise<boolean> {
  const known =
    (await db.user.findFirst({ where: { email: equalsIgnoringCase(to) }, select: { id: true } })) ??
    (await db.teamContact.findFirst({ where: { email: equalsIgnoringCase(to) }, select: { id: true } }));
  if (!known) return false;
  const id = ownMessageId(mail);
  await enqueueMessage(db, {
    kind: 'inbound.refused',
    recipients: [to],
    rolloutId: rollout?.id,
    subject: replySubject(mail.subject),
    text: `Your e-mail${rollout ? ` about staged rollout #${rollout.number}` : ''} was not applied:\n\n${reason}\n\nNothing was changed. Reply with "accept <NGI>-<Site>" or "reject <NGI>-<Site>" on a line of its own, from the address of a member or contact of that team, and keep the [staged-rollout #N] tag in the subject.\n`,
    headers: threadHeaders(mail),
    dedupeKey: id ? `inbound.refused:${id}` : undefined,
  });
  return true;
}
