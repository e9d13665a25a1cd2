// The seeded demo users, grouped by the role that best describes them, for the demo sign-in page.
import 'server-only';
import { db } from '@/lib/db/client';
import { groupsToRoles, ROLE_LABELS, type Role } from './roles';

export interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  detail: string;
}

const ORDER: Role[] = ['admin', 'coordinator', 'manager', 'provider', 'verifier', 'teamMember'];

export async function listDemoUsers(): Promise<{ role: Role; label: string; users: DemoUser[] }[]> {
  const users = await db.user.findMany({
    where: { email: { endsWith: '.local' } },
    orderBy: { email: 'asc' },
    include: {
      memberships: { include: { group: { select: { name: true, kind: true } } } },
      managedStacks: { include: { stack: { select: { name: true } } } },
    },
    take: 500,
  });
  const groups = new Map<Role, DemoUser[]>();
  for (const user of users) {
    const names = user.memberships.map((membership) => membership.group.name);
    const roles = groupsToRoles(names);
    const main = ORDER.find((role) => roles.includes(role));
    if (!main) continue;
    const detail =
      main === 'manager'
        ? user.managedStacks.map((link) => link.stack.name).join(', ')
        : main === 'teamMember'
          ? user.memberships.filter((m) => m.group.kind === 'TEAM').map((m) => m.group.name).join(', ')
          : '';
    const list = groups.get(main) ?? [];
    list.push({ email: user.email, name: user.name, roles, detail });
    groups.set(main, list);
  }
  return ORDER.filter((role) => groups.has(role)).map((role) => ({ role, label: ROLE_LABELS[role], users: groups.get(role)! }));
}
