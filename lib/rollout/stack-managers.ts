// The managers a rollout may be assigned to: members of the `staged-rollout` group who manage the
// rollout's stack (a StackManager row), as the document's "manager responsible for that SW component".
import 'server-only';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import type { Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';

export interface StackManagerOption {
  id: string;
  name: string;
  email: string;
  /** Open rollouts the manager owns now, to spread the work. */
  openRollouts: number;
}

export function stackManagerWhere(stackId: string) {
  return { managedStacks: { some: { stackId } }, memberships: { some: { group: { name: MANAGERS_GROUP } } } };
}

export async function getStackManagers(stackId: string, client: Tx = db): Promise<StackManagerOption[]> {
  const users = await client.user.findMany({
    where: stackManagerWhere(stackId),
    select: { id: true, name: true, email: true, _count: { select: { ownedRollouts: { where: { status: 'OPEN' } } } } },
    orderBy: { name: 'asc' },
  });
  return users.map((user) => ({ id: user.id, name: user.name, email: user.email, openRollouts: user._count.ownedRollouts }));
}
