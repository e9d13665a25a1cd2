// One outbox message as the Messages table shows it: times formatted on the server in the viewer's time
// zone, and what the page knows (may this viewer retry it, why is it waiting) decided here, so the
// client's columns are plain functions of the row.
import type { OutboxListItem } from '@/lib/notify/outbox-queries';
import { rolloutPath } from '@/lib/notify/links';
import { formatDateTime } from '@/lib/format';

export interface OutboxTableRow {
  id: string;
  status: string;
  subject: string;
  text: string;
  kind: string;
  recipients: string[];
  attempts: number;
  lastError: string | null;
  /** Why a queued message has not gone yet (no SMTP server), when it has no error of its own. */
  waitingNote: string | null;
  queued: string;
  nextAttempt: string | null;
  sent: string | null;
  rollout: { label: string; href: string } | null;
  retryable: boolean;
}

export function toOutboxTableRow(message: OutboxListItem, context: { canRetry: boolean; mailNote: string | null; timeZone: string }): OutboxTableRow {
  const waiting = message.status === 'PENDING';
  return {
    id: message.id,
    status: message.status,
    subject: message.subject,
    text: message.text,
    kind: message.kind,
    recipients: message.recipients,
    attempts: message.attempts,
    lastError: message.lastError,
    waitingNote: waiting && !message.lastError ? context.mailNote : null,
    queued: formatDateTime(message.createdAt, context.timeZone),
    nextAttempt: waiting ? formatDateTime(message.nextAttemptAt, context.timeZone) : null,
    sent: message.sentAt ? formatDateTime(message.sentAt, context.timeZone) : null,
    rollout: message.rollout ? { label: `#${message.rollout.number} ${message.rollout.title}`, href: rolloutPath(message.rollout) } : null,
    retryable: context.canRetry && (message.status === 'FAILED' || (waiting && !!message.lastError)),
  };
}
