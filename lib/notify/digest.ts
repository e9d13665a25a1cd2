// The daily digest: one outbox message per user per local day (dedupe `digest:<userId>:<date>`),
// PENDING until 07:00 the next morning in the user's time zone, its text growing as events arrive.
// Once the worker has claimed a day's digest, later events go into the next day's.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localDateKey, safeTimeZone, zonedToInstant } from '@/lib/time/working-days';
import { appUrl } from './enqueue-message';
import { unsubscribeUrl } from './links';
import { digestToken } from './unsubscribe-tokens';

type Tx = Prisma.TransactionClient;

export const DIGEST_SEND_TIME = '07:00:00';

function nextDay(dateKey: string): string {
  const date = new Date(`${dateKey}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function digestKey(userId: string, dateKey: string): string {
  return `digest:${userId}:${dateKey}`;
}

export async function addToDigest(
  tx: Tx,
  user: { id: string; email: string; timeZone: string },
  at: Date,
  entry: string,
): Promise<void> {
  const timeZone = safeTimeZone(user.timeZone);
  let dateKey = localDateKey(at, timeZone);
  for (let attempt = 0; attempt < 3; attempt++, dateKey = nextDay(dateKey)) {
    const key = digestKey(user.id, dateKey);
    const appended = await tx.$executeRaw`
      UPDATE "OutboxMessage" SET text = text || ${entry} WHERE "dedupeKey" = ${key} AND status = 'PENDING'::"OutboxStatus"`;
    if (appended === 1) return;
    const exists = await tx.outboxMessage.findUnique({ where: { dedupeKey: key }, select: { id: true } });
    if (exists) continue; // already being sent or sent: the next day's digest takes it
    const stopAll = unsubscribeUrl(await digestToken(user.id, tx));
    await tx.outboxMessage.create({
      data: {
        kind: 'subscription.digest',
        dedupeKey: key,
        recipients: [user.email],
        userId: user.id,
        subject: `Staged rollout: your daily digest for ${dateKey}`,
        text: `What happened on ${dateKey} in what you follow (manage: ${appUrl('/subscriptions')}; stop all digests: ${stopAll}).\n${entry}`,
        headers: { 'List-Unsubscribe': `<${stopAll}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        nextAttemptAt: zonedToInstant(nextDay(dateKey), DIGEST_SEND_TIME, timeZone),
      },
    });
    return;
  }
}
