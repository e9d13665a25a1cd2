// The role and mailing-list groups with their members (team groups are shown on team pages), and the
// stacks with their managers, for the admins' groups page.
import 'server-only';
import { db } from '@/lib/db/client';

export async function listRoleGroups() {
  return db.group.findMany({
    where: { kind: { not: 'TEAM' } },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    include: {
      memberships: {
        include: { user: { select: { id: true, email: true, name: true } } },
        orderBy: { user: { email: 'asc' } },
      },
    },
  });
}

export async function listStacksWithManagers() {
  return db.stack.findMany({
    orderBy: { name: 'asc' },
    include: { managers: { include: { user: { select: { email: true, name: true } } } } },
  });
}
