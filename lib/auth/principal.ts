// Loads who a user is, from the database, on every request: groups (with where each membership came
// from), the roles they confer, the teams and the stacks the user manages.
import 'server-only';
import { db } from '@/lib/db/client';
import type { GroupKind, MembershipSource } from '@/lib/generated/prisma/client';
import type { Principal } from './authorize';
import { groupsToRoles } from './roles';

export interface CurrentUser extends Principal {
  email: string;
  name: string;
  timeZone: string;
  groups: { name: string; kind: GroupKind; sources: MembershipSource[] }[];
  teams: { id: string; name: string }[];
  managedStacks: { id: string; slug: string; name: string }[];
  /** Set when the request authenticated with an API token. */
  tokenPrefix?: string;
}

export async function loadPrincipal(userId: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: { include: { group: { include: { team: { select: { id: true, name: true, retiredAt: true } } } } } },
      managedStacks: { include: { stack: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!user) return null;
  const groups = new Map<string, CurrentUser['groups'][number]>();
  const teams = new Map<string, { id: string; name: string }>();
  for (const membership of user.memberships) {
    const entry = groups.get(membership.group.name) ?? { name: membership.group.name, kind: membership.group.kind, sources: [] };
    entry.sources.push(membership.source);
    groups.set(membership.group.name, entry);
    const team = membership.group.team;
    if (team && !team.retiredAt) teams.set(team.id, { id: team.id, name: team.name });
  }
  const roleGroups = [...groups.values()].filter((group) => group.kind !== 'TEAM' || teams.size > 0).map((group) => group.name);
  const managedStacks = user.managedStacks.map((link) => link.stack);
  const roles = groupsToRoles(roleGroups);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    roles,
    groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)),
    teams: [...teams.values()],
    teamIds: [...teams.keys()],
    // Stack scope applies only to members of the managers' group.
    managedStackIds: roles.includes('manager') ? managedStacks.map((stack) => stack.id) : [],
    managedStacks: roles.includes('manager') ? managedStacks : [],
  };
}

export function actorOf(user: CurrentUser) {
  return { id: user.id, label: user.tokenPrefix ? `${user.email} (token ${user.tokenPrefix})` : user.email };
}
