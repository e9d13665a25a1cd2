// The "History" panel of an entity page: who changed what, when, from the audit trail.
import { getEntityHistory } from '@/lib/audit/get-entity-history';
import { viewerTimeZone } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';
import { ChangeSummary } from './change-summary';

export async function EntityHistory({ entityType, entityId, title = 'History' }: { entityType: string; entityId: string; title?: string }) {
  const [entries, timeZone] = await Promise.all([getEntityHistory(entityType, entityId), viewerTimeZone()]);
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{title}</h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No changes recorded yet.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-slate-200 pl-3 text-sm">
              <span className="font-medium">{entry.action}</span> by {entry.actorLabel}{' '}
              <time className="text-slate-500" dateTime={entry.at.toISOString()}>
                {formatDateTime(entry.at, timeZone)}
              </time>
              <ChangeSummary before={entry.before} after={entry.after} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
