// The GOCDB sync runs, newest first: when, who started it, its status, counts and every error.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/lib/format';
import type { GocdbSyncRun } from '@/lib/generated/prisma/client';

const TONE: Record<GocdbSyncRun['status'], BadgeTone> = { RUNNING: 'info', SUCCEEDED: 'success', PARTIAL: 'warning', FAILED: 'danger' };
const LABEL: Record<GocdbSyncRun['status'], string> = { RUNNING: 'running', SUCCEEDED: 'succeeded', PARTIAL: 'finished with errors', FAILED: 'failed' };

/** `timeZone`: the viewer's zone, named beside each time (lib/format's one rule). */
export function SyncRunsList({ runs, timeZone }: { runs: GocdbSyncRun[]; timeZone: string }) {
  if (runs.length === 0) return <EmptyState title="No sync has run yet">Press “Sync now”, or wait for the worker’s first run.</EmptyState>;
  return (
    <ol aria-label="Sync runs" className="divide-y divide-slate-100">
      {runs.map((run) => (
        <li key={run.id} className="space-y-1 py-3 text-sm" data-testid="gocdb-run">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[run.status]}>{LABEL[run.status]}</Badge>
            <span>{formatDateTime(run.startedAt, timeZone)}</span>
            <span className="text-slate-600">
              by {run.actorLabel} ({run.trigger})
            </span>
          </div>
          <p className="text-slate-700">
            {run.pages} pages read: {run.added} added, {run.updated} updated, {run.marked} marked removed, {run.reminders} beta {run.reminders === 1 ? 'reminder' : 'reminders'} queued
          </p>
          {run.errors.length > 0 && (
            <ul aria-label="Errors of this run" className="list-disc space-y-0.5 pl-5 break-words text-red-800">
              {run.errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
