// The RT-like history of the ticket: events, comments, findings, replies and reports, oldest first, as
// one ordered list; the mails each step sent fold under it, so the list stays readable at a glance.
import { formatDateTime, plural } from '@/lib/format';
import type { TimelineEntry, TimelineMessage } from '@/lib/rollout/get-timeline';

const DOT = {
  info: 'bg-blue-500',
  success: 'bg-green-600',
  warning: 'bg-amber-500',
  danger: 'bg-red-600',
  neutral: 'bg-slate-400',
} as const;

export function Timeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Timeline">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.id}`} className="relative border-l-2 border-slate-200 pl-4">
          <span aria-hidden className={`absolute -left-[5px] top-1.5 h-2 w-2 rounded-full ${entry.kind === 'event' ? DOT[entry.tone ?? 'neutral'] : entry.kind === 'comment' ? 'bg-brand-600' : 'bg-slate-300'}`} />
          <p className="text-xs text-slate-500">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, timeZone)}</time>
            {entry.kind !== 'messages' && <> · {entry.actor}</>}
          </p>
          {entry.kind === 'event' && (
            <div className="text-sm">
              <p className="font-medium text-slate-900">
                {entry.href ? (
                  <a href={entry.href} rel="noopener noreferrer" target="_blank" className="text-brand-700 hover:underline">
                    {entry.title}
                  </a>
                ) : (
                  entry.title
                )}
              </p>
              {entry.body &&
                (entry.body.length > 300 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-700">Show the text</summary>
                    <p className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs text-slate-700">{entry.body}</p>
                  </details>
                ) : (
                  <p className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs text-slate-700">{entry.body}</p>
                ))}
            </div>
          )}
          {entry.kind === 'comment' && <p className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-2 text-sm">{entry.body}</p>}
          <Mails messages={entry.messages} standalone={entry.kind === 'messages'} />
        </li>
      ))}
    </ol>
  );
}

/** The mails of one step, folded: "2 mails sent" opens to their subjects, recipients and state. */
function Mails({ messages, standalone }: { messages: TimelineMessage[]; standalone: boolean }) {
  if (messages.length === 0) return null;
  return (
    <details className={standalone ? 'text-sm' : 'mt-1 text-xs'}>
      <summary className={`cursor-pointer ${standalone ? 'text-slate-700' : 'text-brand-700'}`}>{plural(messages.length, 'mail')} sent</summary>
      <ul className="mt-1 space-y-1 text-slate-700">
        {messages.map((message) => (
          <li key={message.id} className="break-words">
            {message.subject}
            <span className="block text-xs text-slate-500">
              to {message.recipients.join(', ')} · {message.status.toLowerCase()}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
