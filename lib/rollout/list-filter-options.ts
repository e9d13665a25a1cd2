// The choices of the rollouts list's filters: stacks, managers (people owning or able to own a
// rollout) and team names.
import 'server-only';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';

export interface RolloutFilterOptions {
  stacks: { slug: string; name: string }[];
  managers: { email: string; name: string }[];
  teams: string[];
}

export async function getRolloutFilterOptions(): Promise<RolloutFilterOptions> {
  const [stacks, managers, teams] = await Promise.all([
    db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    db.user.findMany({
      where: { OR: [{ ownedRollouts: { some: {} } }, { managedStacks: { some: {} }, memberships: { some: { group: { name: MANAGERS_GROUP } } } }] },
      select: { email: true, name: true },
      orderBy: { name: 'asc' },
    }),
    db.team.findMany({ where: { retiredAt: null }, select: { name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { stacks, managers, teams: teams.map((team) => team.name) };
}
