// Human names of subscription targets, loaded in one query per target type.
import 'server-only';
import { db } from '@/lib/db/client';
import type { SubscriptionTarget } from '@/lib/generated/prisma/client';
import { rolloutPath, teamPath } from './links';

export interface TargetLabel {
  targetType: SubscriptionTarget;
  targetId: string;
  label: string;
  href: string | null;
}

export async function describeTargets(items: readonly { targetType: SubscriptionTarget; targetId: string }[]): Promise<TargetLabel[]> {
  const ids = (type: SubscriptionTarget) => items.filter((item) => item.targetType === type).map((item) => item.targetId);
  const [stacks, components, teams, rollouts] = await Promise.all([
    db.stack.findMany({ where: { id: { in: ids('STACK') } }, select: { id: true, name: true } }),
    db.component.findMany({ where: { id: { in: ids('COMPONENT') } }, select: { id: true, name: true, stack: { select: { name: true } } } }),
    db.team.findMany({ where: { id: { in: ids('TEAM') } }, select: { id: true, name: true } }),
    db.rollout.findMany({ where: { id: { in: ids('ROLLOUT') } }, select: { id: true, number: true, title: true } }),
  ]);
  const labels = new Map<string, { label: string; href: string | null }>();
  for (const stack of stacks) labels.set(`STACK:${stack.id}`, { label: `Stack ${stack.name}`, href: '/coverage' });
  for (const component of components) labels.set(`COMPONENT:${component.id}`, { label: `${component.stack.name} ${component.name}`, href: '/coverage' });
  for (const team of teams) labels.set(`TEAM:${team.id}`, { label: team.name, href: teamPath(team) });
  for (const rollout of rollouts) labels.set(`ROLLOUT:${rollout.id}`, { label: `#${rollout.number} ${rollout.title}`, href: rolloutPath(rollout) });
  return items.map((item) => ({
    targetType: item.targetType,
    targetId: item.targetId,
    ...(labels.get(`${item.targetType}:${item.targetId}`) ?? { label: `(removed ${item.targetType.toLowerCase()})`, href: null }),
  }));
}
