// One outbox message as an expandable card: the summary line (status, subject, recipients, time)
// and, opened, the full text, attempts, the last error and the link to its rollout.
import Link from 'next/link';
import { retryMessageAction } from '@/app/(app)/outbox/actions';
import type { OutboxListItem } from '@/lib/notify/outbox-queries';
import { rolloutPath } from '@/lib/notify/links';
import { formatDateTime } from '@/lib/format';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { OutboxStatusBadge } from './outbox-status-badge';

export function OutboxMessage({ message, canRetry, mailNote, timeZone }: { message: OutboxListItem; canRetry: boolean; mailNote: string | null; timeZone: string }) {
  const waiting = message.status === 'PENDING';
  return (
    <li className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-start gap-x-3 gap-y-1 p-3">
          <OutboxStatusBadge status={message.status} />
          <span className="min-w-0 flex-1 basis-64 break-words font-medium text-slate-900">{message.subject}</span>
          <span className="text-xs text-slate-500">{formatDateTime(message.sentAt ?? message.createdAt, timeZone)}</span>
          <span className="w-full break-all text-xs text-slate-600">
            To: {message.recipients.join(', ')} · <span className="font-mono">{message.kind}</span>
            {message.attempts > 0 && ` · ${message.attempts} attempt${message.attempts > 1 ? 's' : ''}`}
          </span>
          {message.lastError && (
            <span className="w-full break-words text-xs text-red-700">
              Last error: {message.lastError}
            </span>
          )}
          {waiting && !message.lastError && mailNote && <span className="w-full text-xs text-amber-800">Waiting: {mailNote}.</span>}
        </summary>
        <div className="space-y-3 border-t border-slate-100 p-3 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
            <dt className="text-slate-500">Queued</dt>
            <dd>{formatDateTime(message.createdAt, timeZone)}</dd>
            {waiting && (
              <>
                <dt className="text-slate-500">Next attempt</dt>
                <dd>{formatDateTime(message.nextAttemptAt, timeZone)}</dd>
              </>
            )}
            {message.sentAt && (
              <>
                <dt className="text-slate-500">Sent</dt>
                <dd>{formatDateTime(message.sentAt, timeZone)}</dd>
              </>
            )}
            {message.rollout && (
              <>
                <dt className="text-slate-500">Rollout</dt>
                <dd>
                  <Link className="text-brand-700 underline" href={rolloutPath(message.rollout)}>
                    #{message.rollout.number} {message.rollout.title}
                  </Link>
                </dd>
              </>
            )}
          </dl>
          <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-mono text-xs text-slate-800">{message.text}</pre>
          {canRetry && (message.status === 'FAILED' || (waiting && message.lastError)) && (
            <InlineActionForm action={retryMessageAction} hidden={{ id: message.id }} label={`Retry now: ${message.subject}`} variant="secondary" pendingLabel="Queuing…">
              Retry now
            </InlineActionForm>
          )}
        </div>
      </details>
    </li>
  );
}
