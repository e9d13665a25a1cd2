// The worker's GOCDB sync: when GOCDB_URL is set, a sync starts once GOCDB_SYNC_INTERVAL_MIN have passed
// since the last run began (read from the run records, so every instance agrees). It runs beside the
// notification rounds, never inside them: a slow GOCDB must not hold up mail.
import 'server-only';
import { SYSTEM_ACTOR } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { readGocdbConfig } from './config';
import { runGocdbSync } from './run-sync';

const state = globalThis as unknown as { __gocdbScheduledSync?: Promise<void> | null };

export async function isSyncDue(intervalMinutes: number, now: Date): Promise<boolean> {
  const last = await db.gocdbSyncRun.findFirst({ orderBy: { startedAt: 'desc' }, select: { startedAt: true } });
  return !last || now.getTime() - last.startedAt.getTime() >= intervalMinutes * 60_000;
}

/** Starts a sync in the background when one is due; returns at once. */
export function triggerScheduledGocdbSync(): void {
  const gocdb = readGocdbConfig();
  if (!gocdb.configured || state.__gocdbScheduledSync) return;
  state.__gocdbScheduledSync = (async () => {
    try {
      if (!(await isSyncDue(gocdb.config.intervalMinutes, new Date()))) return;
      const outcome = await runGocdbSync(gocdb.config, { trigger: 'worker', actor: SYSTEM_ACTOR });
      console.log(`[gocdb] sync ${outcome.status.toLowerCase()}: ${outcome.counts.added} added, ${outcome.counts.updated} updated, ${outcome.counts.marked} marked removed, ${outcome.counts.errors.length} errors`);
    } catch (error) {
      if (!(error instanceof ConflictError)) console.error('[gocdb] scheduled sync failed; trying again at the next interval', error);
    } finally {
      state.__gocdbScheduledSync = null;
    }
  })();
}
