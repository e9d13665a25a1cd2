// One decision function, pure and exhaustively tested: may this user do this, to this target?
// Fails closed: an unknown permission, a missing target id or an empty user is a "no".
import { ForbiddenError } from '@/lib/errors';
import { PERMISSION_REASONS } from './permission-reasons';
import { PERMISSIONS, type Permission, ROLE_PERMISSIONS, type Scope } from './permissions';
import type { Role } from './roles';

export interface Principal {
  id: string;
  roles: readonly Role[];
  teamIds: readonly string[];
  managedStackIds: readonly string[];
}

export interface Target {
  teamId?: string | null;
  stackId?: string | null;
  userId?: string | null;
}

function scopeAllows(scope: Scope, user: Principal, target: Target): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'ownTeam':
      return !!target.teamId && user.teamIds.includes(target.teamId);
    case 'ownStack':
      return !!target.stackId && user.managedStackIds.includes(target.stackId);
    case 'self':
      return !target.userId || target.userId === user.id;
  }
}

export function can(user: Principal | null | undefined, permission: Permission, target: Target = {}): boolean {
  if (!user || !PERMISSIONS.includes(permission)) return false;
  return user.roles.some((role) => {
    const scope = ROLE_PERMISSIONS[role]?.[permission];
    return scope !== undefined && scopeAllows(scope, user, target);
  });
}

/** Whether the user holds the permission for at least some target (to show or hide a control). */
export function canAtAll(user: Principal | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return user.roles.some((role) => ROLE_PERMISSIONS[role]?.[permission] !== undefined);
}

/** The one server-side check: `can`, or a ForbiddenError with a message for people (the caller's, else
 *  the permission's own reason). Called by the lib function that does the work, against the target as
 *  loaded in its transaction; an API route and a form are refused with the same words. */
export function requirePermission(user: Principal, permission: Permission, target: Target = {}, message?: string): void {
  if (!can(user, permission, target)) throw new ForbiddenError(message ?? PERMISSION_REASONS[permission]);
}
