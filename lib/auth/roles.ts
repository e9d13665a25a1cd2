// Groups -> roles: one pure function. Roles are never stored; they are derived from the groups a user
// is in (from the identity provider or the app), so there is one source of truth.
import {
  ADMINS_GROUP,
  COORDINATORS_GROUP,
  MANAGERS_GROUP,
  PROVIDERS_GROUP,
  STACK_LIST_PREFIX,
  TEAM_GROUP_PREFIX,
  VERIFIERS_GROUP,
} from './group-names';

export const ROLES = ['admin', 'coordinator', 'manager', 'teamMember', 'listMember', 'provider', 'verifier'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Early Adopters admin',
  coordinator: 'Staged Rollout Coordinator',
  manager: 'Staged Rollout Manager',
  teamMember: 'EA team member',
  listMember: 'Stack mailing-list member',
  provider: 'Technology Provider',
  verifier: 'Verifier (SA2)',
};

const FIXED_GROUP_ROLES: Record<string, Role> = {
  [ADMINS_GROUP]: 'admin',
  [COORDINATORS_GROUP]: 'coordinator',
  [MANAGERS_GROUP]: 'manager',
  [PROVIDERS_GROUP]: 'provider',
  [VERIFIERS_GROUP]: 'verifier',
};

/** The role one group name confers, or null for a name that confers none. */
export function roleOfGroup(groupName: string): Role | null {
  const fixed = FIXED_GROUP_ROLES[groupName];
  if (fixed) return fixed;
  if (groupName.startsWith(TEAM_GROUP_PREFIX) && groupName.length > TEAM_GROUP_PREFIX.length) return 'teamMember';
  if (groupName.startsWith(STACK_LIST_PREFIX) && groupName.length > STACK_LIST_PREFIX.length) return 'listMember';
  return null;
}

/** The sorted, de-duplicated roles of a set of group names. */
export function groupsToRoles(groupNames: readonly string[]): Role[] {
  const roles = new Set<Role>();
  for (const name of groupNames) {
    const role = roleOfGroup(name);
    if (role) roles.add(role);
  }
  return ROLES.filter((role) => roles.has(role));
}
