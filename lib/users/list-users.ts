// The people a script picks from when it assigns a rollout: users by name or e-mail, with the stacks each
// manages (a manager is assignable to that stack's rollouts) and their open rollouts, to spread the work.
import 'server-only';
import { z } from 'zod';
import { clampPage, type Page } from '@/lib/lists/page';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { containsIgnoringCase } from '@/lib/db/like';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { UserTableState } from './user-table-params';

/** A user as GET /api/v1/users answers it (the OpenAPI response). */
export const ZUserJson = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  manager: z.boolean(),
  managedStacks: z.array(z.strictObject({ id: z.string(), slug: z.string(), name: z.string() })),
  openRollouts: z.int(),
});

export async function listUsers(state: UserTableState) {
  const { q, role, stack } = state.filters;
  const manager = { memberships: { some: { group: { name: MANAGERS_GROUP } } } } satisfies Prisma.UserWhereInput;
  const where: Prisma.UserWhereInput = {
    ...(q ? { OR: [{ name: containsIgnoringCase(q) }, { email: containsIgnoringCase(q) }] } : {}),
    ...(role === 'manager' || stack ? manager : {}),
    ...(stack ? { managedStacks: { some: { stack: { OR: [{ slug: stack }, { id: stack }] } } } } : {}),
  };
  const total = await db.user.count({ where });
  const page = clampPage(state.page, total, state.perPage);
  const users = await db.user.findMany({
    where,
    orderBy: [{ [state.sort === 'email' ? 'email' : 'name']: state.dir }, { id: 'asc' }],
    skip: (page - 1) * state.perPage,
    take: state.perPage,
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { where: { group: { name: MANAGERS_GROUP } }, select: { id: true } },
      managedStacks: { select: { stack: { select: { id: true, slug: true, name: true } } }, orderBy: { stack: { name: 'asc' } } },
      _count: { select: { ownedRollouts: { where: { status: 'OPEN' } } } },
    },
  });
  const rows = users.map((user): z.infer<typeof ZUserJson> => {
    const isManager = user.memberships.length > 0;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      manager: isManager,
      // Only a member of the managers' group can be assigned, whatever StackManager rows remain.
      managedStacks: isManager ? user.managedStacks.map((link) => link.stack) : [],
      openRollouts: user._count.ownedRollouts,
    };
  });
  return { rows, total, page, perPage: state.perPage } satisfies Page<(typeof rows)[number]>;
}
