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

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  memberships: { group: string; kind: GroupKind; source: MembershipSource; teamId: string | null; teamName: string | null; teamRetired: boolean }[];
  stacks: { id: string; slug: string; name: string }[];
}

// One round trip instead of the six a nested Prisma include costs: this runs on every page, server
// action and API request, so it is worth the hand-written SQL (covered by test/authz and principal.test.ts).
async function readPrincipalRow(userId: string): Promise<PrincipalRow | null> {
  const rows = await db.$queryRaw<PrincipalRow[]>`
    SELECT u."id", u."email", u."name", u."timeZone",
      COALESCE((
        SELECT json_agg(json_build_object('group', g."name", 'kind', g."kind", 'source', m."source",
                 'teamId', t."id", 'teamName', t."name", 'teamRetired', t."retiredAt" IS NOT NULL) ORDER BY g."name", m."source")
        FROM "GroupMembership" m JOIN "Group" g ON g."id" = m."groupId" LEFT JOIN "Team" t ON t."id" = g."teamId"
        WHERE m."userId" = u."id"), '[]'::json) AS "memberships",
      COALESCE((
        SELECT json_agg(json_build_object('id', s."id", 'slug', s."slug", 'name', s."name") ORDER BY s."name")
        FROM "StackManager" sm JOIN "Stack" s ON s."id" = sm."stackId"
        WHERE sm."userId" = u."id"), '[]'::json) AS "stacks"
    FROM "User" u WHERE u."id" = ${userId}`;
  return rows[0] ?? null;
}

export async function loadPrincipal(userId: string): Promise<CurrentUser | null> {
  const user = await readPrincipalRow(userId);
  if (!user) return null;
  const groups = new Map<string, CurrentUser['groups'][number]>();
  const teams = new Map<string, { id: string; name: string }>();
  for (const membership of user.memberships) {
    const entry = groups.get(membership.group) ?? { name: membership.group, kind: membership.kind, sources: [] };
    entry.sources.push(membership.source);
    groups.set(membership.group, entry);
    if (membership.teamId && membership.teamName && !membership.teamRetired) teams.set(membership.teamId, { id: membership.teamId, name: membership.teamName });
  }
  const roleGroups = [...groups.values()].filter((group) => group.kind !== 'TEAM' || teams.size > 0).map((group) => group.name);
  const managedStacks = user.stacks;
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
