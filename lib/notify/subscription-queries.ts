// What the subscriptions page shows: the user's subscriptions with readable names, and the things
// that can be followed (stacks, components, teams, rollouts not yet resolved).
import 'server-only';
import { db } from '@/lib/db/client';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';
import type { SubscriptionTarget } from '@/lib/generated/prisma/client';
import { describeTargets } from './target-labels';

export async function listSubscriptions(userId: string) {
  const subscriptions = await db.subscription.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
  const labels = await describeTargets(subscriptions);
  return subscriptions.map((subscription, index) => ({ ...subscription, label: labels[index]!.label, href: labels[index]!.href }));
}

export interface FollowOption {
  id: string;
  label: string;
}

export async function followOptions(viewer: Viewer): Promise<Record<SubscriptionTarget, FollowOption[]>> {
  const [stacks, components, teams, rollouts] = await Promise.all([
    db.stack.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.component.findMany({ where: { retiredAt: null }, orderBy: [{ stack: { name: 'asc' } }, { name: 'asc' }], select: { id: true, name: true, stack: { select: { name: true } } } }),
    db.team.findMany({ where: { retiredAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.rollout.findMany({ where: { status: { not: 'RESOLVED' }, ...rolloutVisibleWhere(viewer) }, orderBy: { number: 'desc' }, take: 500, select: { id: true, number: true, title: true } }),
  ]);
  return {
    STACK: stacks.map((stack) => ({ id: stack.id, label: stack.name })),
    COMPONENT: components.map((component) => ({ id: component.id, label: `${component.stack.name} · ${component.name}` })),
    TEAM: teams.map((team) => ({ id: team.id, label: team.name })),
    ROLLOUT: rollouts.map((rollout) => ({ id: rollout.id, label: `#${rollout.number} ${rollout.title}` })),
  };
}
