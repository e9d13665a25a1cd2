'use server';
// The admin's "Sync now" button: runs one GOCDB sync and reports its outcome (the run is also listed on the page).
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction, ZNoFields } from '@/lib/actions/run-action';
import { syncGocdbNow } from '@/lib/gocdb/sync-now';
import type { SyncOutcome } from '@/lib/gocdb/run-sync';


const summaryOf = (outcome: SyncOutcome) => `${outcome.counts.added} added, ${outcome.counts.updated} updated, ${outcome.counts.marked} marked removed`;

export async function syncGocdbAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZNoFields,
    run: (user) => syncGocdbNow(user),
    revalidate: ['/admin/gocdb', '/teams/new'],
    message: (outcome) => `GOCDB sync done: ${summaryOf(outcome)}.`,
    failure: (outcome) =>
      outcome.status === 'SUCCEEDED' ? undefined : `GOCDB sync ${outcome.status === 'PARTIAL' ? 'finished with errors' : 'failed'} (${summaryOf(outcome)}); see the run below.`,
  });
}
