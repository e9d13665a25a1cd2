// The RT-like history of the ticket: events, comments, findings, replies, reports and every message
// sent for it, oldest first, as one ordered list.
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { TimelineEntry } from '@/lib/rollout/get-timeline';

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
            {entry.kind !== 'message' && <> · {entry.actor}</>}
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
          {entry.kind === 'message' && (
            <p className="text-sm text-slate-700">
              <Badge>mail</Badge> {entry.subject}
              <span className="block text-xs text-slate-500">
                to {entry.recipients.join(', ')} · {entry.status.toLowerCase()}
              </span>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
