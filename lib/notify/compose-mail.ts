// Turns an outbox row into the e-mail that goes on the wire (pure, unit-tested): plain-text part
// always, the ticket tag in the subject, a link to the ticket, a stable Message-ID (a retry of the
// same row carries the same id, so receivers can drop a duplicate), threading per rollout, and the
// row's own extra headers (List-Unsubscribe for subscription mail).
import { senderDomain } from './mail-config';
import { ticketTag } from './links';

export interface OutboxRowForMail {
  id: string;
  kind: string;
  recipients: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: unknown;
  rolloutId: string | null;
}

export interface ComposeContext {
  from: string;
  replyTo?: string;
  /** The rollout the message is about, if any: its number and absolute URL. */
  rollout?: { number: number; url: string } | null;
  outboxUrl: string;
}

export interface ComposedMail {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  headers: Record<string, string>;
}

export function messageIdFor(outboxId: string, from: string): string {
  return `<outbox.${outboxId}@${senderDomain(from)}>`;
}

/** The outbox id of a Message-ID / In-Reply-To we generated, or null. */
export function outboxIdFromMessageId(value: string): string | null {
  const match = /<outbox\.([A-Za-z0-9_-]+)@[^>]+>/.exec(value);
  return match?.[1] ?? null;
}

function storedHeaders(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [name, header] of Object.entries(value as Record<string, unknown>)) {
    if (typeof header === 'string' && !/[\r\n]/.test(header)) out[name] = header;
  }
  return out;
}

export function composeMail(row: OutboxRowForMail, context: ComposeContext): ComposedMail {
  const rollout = context.rollout ?? null;
  const tag = rollout ? ticketTag(rollout.number) : null;
  const subject = tag && !row.subject.includes(tag) ? `${tag} ${row.subject}` : row.subject;
  const footer: string[] = [];
  if (rollout && !row.text.includes(rollout.url)) footer.push(`Ticket: ${rollout.url}`);
  footer.push(`All messages: ${context.outboxUrl}`);
  if (rollout) footer.push(`Reply to this message to comment on the ticket; keep ${tag} in the subject.`);
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-generated',
    'X-Staged-Rollout-Kind': row.kind,
    ...storedHeaders(row.headers),
  };
  if (rollout) {
    const domain = senderDomain(context.from);
    headers['X-Staged-Rollout-Ticket'] = String(rollout.number);
    // Every message of one ticket references the same root, so mail clients thread them together;
    // an answer to an inbound reply also references that reply (its stored References).
    headers.References = [`<rollout.${row.rolloutId}@${domain}>`, headers.References].filter(Boolean).join(' ');
  }
  return {
    from: context.from,
    to: row.recipients,
    replyTo: context.replyTo,
    subject,
    text: `${row.text.trimEnd()}\n\n-- \n${footer.join('\n')}\n`,
    html: row.html ?? undefined,
    messageId: messageIdFor(row.id, context.from),
    headers,
  };
}
