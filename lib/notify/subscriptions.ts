// Following stacks, components, teams and rollouts: create/change/remove a subscription (own only),
// and the one-click unsubscribe by token that works without signing in. Each change is audited.
import 'server-only';
import { db } from '@/lib/db/client';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import type { DeliveryMode, SubscriptionTarget } from '@/lib/generated/prisma/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { newSubscriptionToken, verifyDigestToken } from './unsubscribe-tokens';

export async function targetExists(client: Tx, targetType: SubscriptionTarget, targetId: string): Promise<boolean> {
  const where = { where: { id: targetId }, select: { id: true } } as const;
  switch (targetType) {
    case 'STACK':
      return !!(await client.stack.findUnique(where));
    case 'COMPONENT':
      return !!(await client.component.findUnique(where));
    case 'TEAM':
      return !!(await client.team.findUnique(where));
    case 'ROLLOUT':
      return !!(await client.rollout.findUnique(where));
  }
}

export async function followTarget(
  actor: Actor & { id: string },
  input: { targetType: SubscriptionTarget; targetId: string; mode: DeliveryMode },
): Promise<{ id: string; created: boolean }> {
  return inTransaction(async (tx) => {
    if (!(await targetExists(tx, input.targetType, input.targetId))) throw new NotFoundError(`That ${input.targetType.toLowerCase()} does not exist.`);
    const key = { userId_targetType_targetId: { userId: actor.id, targetType: input.targetType, targetId: input.targetId } };
    const existing = await tx.subscription.findUnique({ where: key });
    if (existing) {
      if (existing.mode !== input.mode) {
        await tx.subscription.update({ where: { id: existing.id }, data: { mode: input.mode } });
        await recordAudit(tx, actor, { action: 'subscription.mode', entityType: 'Subscription', entityId: existing.id, before: { mode: existing.mode }, after: { mode: input.mode } });
      }
      return { id: existing.id, created: false };
    }
    const created = await tx.subscription.create({ data: { userId: actor.id, ...input, unsubscribeToken: newSubscriptionToken() } });
    await recordAudit(tx, actor, { action: 'subscription.create', entityType: 'Subscription', entityId: created.id, after: { targetType: input.targetType, targetId: input.targetId, mode: input.mode } });
    return { id: created.id, created: true };
  });
}

/** Removes one of the actor's own subscriptions. */
export async function unfollow(actor: Actor & { id: string }, subscriptionId: string): Promise<void> {
  await inTransaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { id: subscriptionId } });
    if (!subscription) throw new NotFoundError('That subscription no longer exists.');
    if (subscription.userId !== actor.id) throw new ForbiddenError('You can only change your own subscriptions.');
    await tx.subscription.delete({ where: { id: subscription.id } });
    await recordAudit(tx, actor, { action: 'subscription.delete', entityType: 'Subscription', entityId: subscription.id, before: { targetType: subscription.targetType, targetId: subscription.targetId, mode: subscription.mode } });
  });
}

/** Switches one of the actor's own subscriptions between immediate mail and the daily digest. */
export async function changeSubscriptionMode(actor: Actor & { id: string }, subscriptionId: string, mode: DeliveryMode): Promise<void> {
  const subscription = await db.subscription.findUnique({ where: { id: subscriptionId } });
  if (!subscription) throw new NotFoundError('That subscription no longer exists.');
  if (subscription.userId !== actor.id) throw new ForbiddenError('You can only change your own subscriptions.');
  await followTarget(actor, { targetType: subscription.targetType, targetId: subscription.targetId, mode });
}

export interface UnsubscribeTarget {
  kind: 'subscription' | 'digest';
  email: string;
  description: string;
  count: number;
}

/** What a token would unsubscribe, or null for an unknown/used token (the GET confirmation page). */
export async function describeUnsubscribeToken(token: string): Promise<UnsubscribeTarget | null> {
  const subscription = await db.subscription.findUnique({ where: { unsubscribeToken: token }, include: { user: { select: { email: true } } } });
  if (subscription) {
    const { describeTargets } = await import('./target-labels');
    const [label] = await describeTargets([subscription]);
    return { kind: 'subscription', email: subscription.user.email, description: label?.label ?? subscription.targetType.toLowerCase(), count: 1 };
  }
  const userId = await verifyDigestToken(token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  const count = await db.subscription.count({ where: { userId, mode: 'DIGEST' } });
  return user ? { kind: 'digest', email: user.email, description: 'all daily digests', count } : null;
}

/** One-click unsubscribe (no sign-in): removes the subscription, or every digest subscription. Idempotent. */
export async function unsubscribeByToken(token: string): Promise<{ removed: number }> {
  return inTransaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { unsubscribeToken: token }, include: { user: { select: { id: true, email: true } } } });
    if (subscription) {
      await tx.subscription.delete({ where: { id: subscription.id } });
      await recordAudit(tx, { id: subscription.user.id, label: `${subscription.user.email} (unsubscribe link)` }, {
        action: 'subscription.unsubscribe',
        entityType: 'Subscription',
        entityId: subscription.id,
        before: { targetType: subscription.targetType, targetId: subscription.targetId, mode: subscription.mode },
      });
      return { removed: 1 };
    }
    const userId = await verifyDigestToken(token, tx);
    if (!userId) return { removed: 0 };
    const digests = await tx.subscription.findMany({ where: { userId, mode: 'DIGEST' }, include: { user: { select: { email: true } } } });
    for (const digest of digests) {
      await tx.subscription.delete({ where: { id: digest.id } });
      await recordAudit(tx, { id: userId, label: `${digest.user.email} (unsubscribe link)` }, {
        action: 'subscription.unsubscribe',
        entityType: 'Subscription',
        entityId: digest.id,
        before: { targetType: digest.targetType, targetId: digest.targetId, mode: digest.mode },
      });
    }
    return { removed: digests.length };
  });
}
