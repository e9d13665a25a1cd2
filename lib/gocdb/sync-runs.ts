// The GOCDB sync's run records, which double as its lock: one run at a time across every app instance
// and worker. Starting a run takes a transaction-scoped advisory lock (short: no HTTP inside it), looks
// for a RUNNING run whose heartbeat is fresh, and only then records a new one. A run whose process died
// stops beating and is closed as FAILED by the next start, so a crash never blocks the sync for good.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import type { SyncCounts } from './counts';

/** A run that has not beaten for this long is considered dead. */
export const STALE_RUN_MS = 10 * 60_000;
const LOCK_KEY = 191_919; // any constant shared by all instances

export async function startSyncRun(trigger: string, actor: Actor, now: Date): Promise<string> {
  return inTransaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
    const stale = new Date(now.getTime() - STALE_RUN_MS);
    await tx.gocdbSyncRun.updateMany({
      where: { status: 'RUNNING', heartbeatAt: { lt: stale } },
      data: { status: 'FAILED', finishedAt: now, errors: { push: 'The run stopped without finishing (its process ended); a later run took over.' } },
    });
    const running = await tx.gocdbSyncRun.findFirst({ where: { status: 'RUNNING' }, orderBy: { startedAt: 'desc' } });
    if (running) throw new ConflictError(`A GOCDB sync is already running (started ${running.startedAt.toISOString()} by ${running.actorLabel}).`);
    const run = await tx.gocdbSyncRun.create({ data: { trigger, actorLabel: actor.label, startedAt: now, heartbeatAt: now, errors: [] } });
    await recordAudit(tx, actor, { action: 'gocdb.sync.start', entityType: 'GocdbSyncRun', entityId: run.id, after: { trigger } });
    return run.id;
  });
}

/** After each page: the counts so far, and proof of life for the lock. */
export async function beatSyncRun(runId: string, pages: number, counts: SyncCounts): Promise<void> {
  await db.gocdbSyncRun.update({
    where: { id: runId },
    data: { heartbeatAt: new Date(), pages, added: counts.added, updated: counts.updated, marked: counts.marked, errors: counts.errors },
  });
}

export async function finishSyncRun(runId: string, actor: Actor, pages: number, counts: SyncCounts, reminders: number, fatal: boolean): Promise<void> {
  const status = fatal ? 'FAILED' : counts.errors.length ? 'PARTIAL' : 'SUCCEEDED';
  await inTransaction(async (tx) => {
    await tx.gocdbSyncRun.update({
      where: { id: runId },
      data: { status, finishedAt: new Date(), heartbeatAt: new Date(), pages, added: counts.added, updated: counts.updated, marked: counts.marked, reminders, errors: counts.errors },
    });
    await recordAudit(tx, actor, {
      action: 'gocdb.sync.finish',
      entityType: 'GocdbSyncRun',
      entityId: runId,
      after: { status, pages, added: counts.added, updated: counts.updated, marked: counts.marked, reminders, errors: counts.errors.length },
    });
  });
}
