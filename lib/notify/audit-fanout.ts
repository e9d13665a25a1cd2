// Subscription fan-out that needs nothing from the workflow code: the worker reads new AuditEvent rows
// (cursor in Setting 'notify.auditCursor'), maps each to its rollout/stack/component/teams and queues,
// for every follower, an immediate message (one per user and event) or a line in their daily digest.
// The cursor row is locked for the batch, so two app instances never fan out one event twice.
// Events younger than LAG_MS wait: a transaction that committed late must not be skipped.
import 'server-only';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { db as defaultDb, type Db } from '@/lib/db/client';
import type { Prisma, SubscriptionTarget } from '@/lib/generated/prisma/client';
import { embargoAudienceWhere, embargoedReleaseOf } from '@/lib/embargo/mail-audience';
import { describeEvent as describeRolloutEvent } from '@/lib/rollout/timeline-text';
import { describeEvent, humanAction } from './describe-event';
import { addToDigest } from './digest';
import { appUrl, enqueueMessage } from './enqueue-message';
import { resolveEventScope, type EventScope } from './event-scope';
import { unsubscribeUrl } from './links';

export const CURSOR_KEY = 'notify.auditCursor';
const LAG_MS = 10_000;
const BATCH = 200;

interface Cursor {
  at: string;
  id: string;
}

const SPECIFICITY: Record<SubscriptionTarget, number> = { ROLLOUT: 0, COMPONENT: 1, TEAM: 2, STACK: 3 };
const TARGET_NOUN: Record<SubscriptionTarget, string> = { ROLLOUT: 'rollout', COMPONENT: 'component', TEAM: 'team', STACK: 'stack' };

export async function fanOutAuditEvents(options: { now?: Date; client?: Db } = {}): Promise<{ events: number; messages: number }> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  return inTransaction(
    async (tx) => {
      await tx.setting.upsert({ where: { key: CURSOR_KEY }, create: { key: CURSOR_KEY, value: { at: now.toISOString(), id: '' } }, update: {} });
      const [locked] = await tx.$queryRaw<{ value: Cursor }[]>`SELECT value FROM "Setting" WHERE key = ${CURSOR_KEY} FOR UPDATE`;
      const cursor = locked!.value;
      const cursorAt = new Date(cursor.at);
      const events = await tx.auditEvent.findMany({
        where: {
          AND: [{ OR: [{ at: { gt: cursorAt } }, { at: cursorAt, id: { gt: cursor.id } }] }, { at: { lte: new Date(now.getTime() - LAG_MS) } }],
        },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        take: BATCH,
      });
      let messages = 0;
      for (const event of events) messages += await fanOutOne(tx, event);
      const last = events.at(-1);
      if (last) {
        await updateVersioned(tx, 'setting', { key: CURSOR_KEY }, { value: { at: last.at.toISOString(), id: last.id } });
      }
      return { events: events.length, messages };
    },
    { client, policy: 'batch' },
  );
}

type AuditRow = Prisma.AuditEventGetPayload<object>;

async function fanOutOne(tx: Prisma.TransactionClient, event: AuditRow): Promise<number> {
  const scope = await resolveEventScope(tx, event);
  if (!scope) return 0;
  const targets: Prisma.SubscriptionWhereInput[] = [];
  if (scope.rollout) targets.push({ targetType: 'ROLLOUT', targetId: scope.rollout.id });
  if (scope.stackId) targets.push({ targetType: 'STACK', targetId: scope.stackId });
  if (scope.componentId) targets.push({ targetType: 'COMPONENT', targetId: scope.componentId });
  if (scope.teamIds.length) targets.push({ targetType: 'TEAM', targetId: { in: scope.teamIds } });
  // Under embargo, only followers who may see the release hear of it (the same circle as the pages).
  const embargoed = await embargoedReleaseOf(tx, { rolloutId: scope.rollout?.id, entityType: event.entityType, entityId: event.entityId }, new Date());
  const subscriptions = await tx.subscription.findMany({
    where: { OR: targets, ...(event.actorId ? { userId: { not: event.actorId } } : {}), ...(embargoed ? { user: embargoAudienceWhere(embargoed) } : {}) },
    include: { user: { select: { id: true, email: true, timeZone: true } } },
  });
  // One message per user and event: an immediate subscription wins over a digest, the most specific
  // target names the unsubscribe link.
  const byUser = new Map<string, (typeof subscriptions)[number]>();
  for (const subscription of subscriptions) {
    const current = byUser.get(subscription.userId);
    const better =
      !current ||
      (subscription.mode === 'IMMEDIATE' && current.mode === 'DIGEST') ||
      (subscription.mode === current.mode && SPECIFICITY[subscription.targetType] < SPECIFICITY[current.targetType]);
    if (better) byUser.set(subscription.userId, subscription);
  }
  const described = describeEvent(event, scope.label);
  const headline = described.headline;
  const details = scope.excerpt ? [...described.details, ...scope.excerpt.split('\n').map((line) => `> ${line}`)] : described.details;
  const link = appUrl(scope.path);
  let queued = 0;
  for (const subscription of byUser.values()) {
    const unsubscribe = unsubscribeUrl(subscription.unsubscribeToken);
    const because = `You follow this ${TARGET_NOUN[subscription.targetType]}; stop: ${unsubscribe}`;
    if (subscription.mode === 'IMMEDIATE') {
      await enqueueMessage(tx, immediateMessage(event, scope, subscription, { headline, details, link, because, unsubscribe }));
    } else {
      const time = event.at.toISOString().slice(11, 16);
      const entry = `\n- ${time} UTC ${headline}\n${details.map((line) => `    ${line}\n`).join('')}    ${link}\n    (${because})\n`;
      await addToDigest(tx, subscription.user, event.at, entry);
    }
    queued++;
  }
  return queued;
}

function immediateMessage(
  event: AuditRow,
  scope: EventScope,
  subscription: { id: string; user: { id: string; email: string } },
  text: { headline: string; details: string[]; link: string; because: string; unsubscribe: string },
) {
  return {
    kind: 'subscription.event',
    recipients: [subscription.user.email],
    userId: subscription.user.id,
    rolloutId: scope.rollout?.id,
    dedupeKey: `sub:${subscription.id}:${event.id}`,
    subject: `${scope.label}: ${describeRolloutEvent(event.action, event.after)?.title ?? humanAction(event.action)}`,
    text: [text.headline, '', ...text.details.map((line) => `  ${line}`), '', text.link, '', text.because].join('\n'),
    headers: { 'List-Unsubscribe': `<${text.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
