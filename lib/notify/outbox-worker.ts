// The outbox worker: claims due messages with SELECT … FOR UPDATE SKIP LOCKED (so several app
// instances never send one message twice), sends them, then marks each SENT or schedules a retry
// with exponential backoff; after the last attempt it is FAILED (kept, and an admin can retry it).
// A crashed sender's SENDING rows are claimed again once their lock expires.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { backoffMs, describeError, isPermanentFailure, maxAttempts as defaultMaxAttempts } from './backoff';
import { composeMail } from './compose-mail';
import { appUrl } from './enqueue-message';
import { rolloutPath } from './links';
import type { MailConfig } from './mail-config';
import { type MailSender, smtpSender } from './mail-transport';

export interface OutboxWorkerOptions {
  mail: MailConfig;
  client?: Db;
  sender?: MailSender;
  batchSize?: number;
  lockMs?: number;
  maxAttempts?: number;
  now?: () => Date;
}

export interface OutboxRunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

const DEFAULT_LOCK_MS = 5 * 60_000;

/** Timestamps are stored as UTC wall time (timestamp without time zone): compare in the same terms. */
function sqlTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** Claims up to `batchSize` due messages for this worker: their ids, now SENDING and locked. */
export async function claimDueMessages(
  client: Db,
  options: { now: Date; lockMs?: number; batchSize?: number },
): Promise<{ id: string; lockedUntil: Date }[]> {
  const now = sqlTime(options.now);
  const lockedUntil = new Date(options.now.getTime() + (options.lockMs ?? DEFAULT_LOCK_MS));
  const until = sqlTime(lockedUntil);
  const limit = options.batchSize ?? 10;
  const rows = await inTransaction(
    async (tx) =>
    tx.$queryRaw<{ id: string }[]>`
      UPDATE "OutboxMessage" AS m
         SET status = 'SENDING'::"OutboxStatus", "lockedUntil" = ${until}::timestamp, attempts = m.attempts + 1
       WHERE m.id IN (
         SELECT id FROM "OutboxMessage"
          WHERE (status = 'PENDING'::"OutboxStatus" AND "nextAttemptAt" <= ${now}::timestamp)
             OR (status = 'SENDING'::"OutboxStatus" AND "lockedUntil" < ${now}::timestamp)
          ORDER BY "nextAttemptAt", id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
      RETURNING m.id`,
    { client },
  );
  return rows.map((row) => ({ id: row.id, lockedUntil }));
}

async function deliverOne(
  client: Db,
  claim: { id: string; lockedUntil: Date },
  sender: MailSender,
  options: OutboxWorkerOptions,
  now: () => Date,
): Promise<'sent' | 'retried' | 'failed' | 'lost'> {
  const row = await client.outboxMessage.findUnique({ where: { id: claim.id } });
  if (!row) return 'lost';
  const rollout = row.rolloutId
    ? await client.rollout.findUnique({ where: { id: row.rolloutId }, select: { number: true } })
    : null;
  const mail = composeMail(row, {
    from: options.mail.from,
    replyTo: options.mail.replyTo,
    rollout: rollout ? { number: rollout.number, url: appUrl(rolloutPath(rollout)) } : null,
    outboxUrl: appUrl('/outbox'),
  });
  // Only the holder of the lock may record the outcome: a row reclaimed after an expired lock
  // belongs to the other worker now.
  const mine = { id: row.id, status: 'SENDING' as const, lockedUntil: claim.lockedUntil };
  try {
    await sender.send(mail);
  } catch (error) {
    const lastError = describeError(error);
    const limit = options.maxAttempts ?? defaultMaxAttempts();
    const giveUp = row.attempts >= limit || isPermanentFailure(error);
    await client.outboxMessage.updateMany({
      where: mine,
      data: giveUp
        ? { status: 'FAILED', lockedUntil: null, lastError }
        : { status: 'PENDING', lockedUntil: null, lastError, nextAttemptAt: new Date(now().getTime() + backoffMs(row.attempts)) },
    });
    console.warn(`[outbox] ${row.kind} ${row.id} attempt ${row.attempts} failed${giveUp ? ' (giving up)' : ''}: ${lastError}`);
    return giveUp ? 'failed' : 'retried';
  }
  const updated = await client.outboxMessage.updateMany({
    where: mine,
    data: { status: 'SENT', sentAt: now(), lockedUntil: null, lastError: null },
  });
  return updated.count === 1 ? 'sent' : 'lost';
}

/** One round: claim a batch and deliver it. */
export async function runOutboxOnce(options: OutboxWorkerOptions): Promise<OutboxRunResult> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? (() => new Date());
  const sender = options.sender ?? smtpSender(options.mail.smtpUrl);
  const claims = await claimDueMessages(client, { now: now(), lockMs: options.lockMs, batchSize: options.batchSize });
  const result: OutboxRunResult = { claimed: claims.length, sent: 0, retried: 0, failed: 0 };
  for (const claim of claims) {
    const outcome = await deliverOne(client, claim, sender, options, now);
    if (outcome !== 'lost') result[outcome] += 1;
  }
  return result;
}

/** Rounds until nothing is due (retries scheduled later are left for later). */
export async function runOutboxUntilIdle(options: OutboxWorkerOptions, maxRounds = 100): Promise<OutboxRunResult> {
  const total: OutboxRunResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round++) {
    const result = await runOutboxOnce(options);
    total.claimed += result.claimed;
    total.sent += result.sent;
    total.retried += result.retried;
    total.failed += result.failed;
    if (result.claimed === 0) break;
  }
  return total;
}
