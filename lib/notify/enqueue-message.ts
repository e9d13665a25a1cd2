// Queues an e-mail in the outbox inside the caller's transaction: the message exists if and only if
// the change that caused it was committed. A worker sends it later (lib/notify/outbox-worker.ts).
// Invalid addresses are refused here, at entry (ValidationError), never discovered at send time.
import { z } from 'zod';
import type { Tx } from '@/lib/db/transaction';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ValidationError } from '@/lib/errors';

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
  /** Extra mail headers (e.g. List-Unsubscribe); names are checked, values must be one line. */
  headers?: Record<string, string>;
}

const address = z.email();
const headerName = /^[A-Za-z][A-Za-z0-9-]*$/;
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'message-id', 'date']);

/** Trimmed, lower-cased, de-duplicated recipients; a ValidationError naming every invalid one. */
export function normalizeRecipients(recipients: readonly string[]): string[] {
  const cleaned = [...new Set(recipients.map((value) => value.trim().toLowerCase()).filter(Boolean))];
  const invalid = cleaned.filter((value) => !address.safeParse(value).success);
  if (invalid.length) {
    throw new ValidationError(`Invalid e-mail address${invalid.length > 1 ? 'es' : ''}: ${invalid.join(', ')}`, {
      recipients: invalid.map((value) => `"${value}" is not a valid e-mail address`),
    });
  }
  return cleaned;
}

function checkHeaders(headers: Record<string, string> | undefined): Prisma.InputJsonValue | undefined {
  if (!headers) return undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (!headerName.test(name) || RESERVED_HEADERS.has(name.toLowerCase()) || /[\r\n]/.test(value)) {
      throw new ValidationError(`Invalid mail header ${JSON.stringify(name)}`);
    }
  }
  return headers;
}

export async function enqueueMessage(tx: Tx, message: OutgoingMessage): Promise<void> {
  const recipients = normalizeRecipients(message.recipients);
  if (recipients.length === 0) return;
  if (!message.subject.trim()) throw new ValidationError('A message needs a subject.');
  const data = {
    kind: message.kind,
    recipients,
    subject: message.subject.replace(/[\r\n]+/g, ' ').trim(),
    text: message.text,
    html: message.html,
    headers: checkHeaders(message.headers),
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
