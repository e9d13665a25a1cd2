// The server's refusal, said once: `requirePermission` asks `can()` and throws a ForbiddenError whose
// message says who may do it. Server actions and API routes both call it, so a form and a script are
// refused for the same reason.
import { ForbiddenError } from '@/lib/errors';
import { can, type Principal, type Target } from './authorize';
import type { Permission } from './permissions';

const REASONS: Partial<Record<Permission, string>> = {
  'team.create': 'Only Early Adopters admins create teams and NGIs.',
  'team.edit': 'Only Early Adopters admins edit teams and NGIs.',
  'team.members': 'Only Early Adopters admins add or remove team members.',
  'team.contacts': "Only the team's members and admins edit its contacts.",
  'team.commit': "Only the team's members and admins edit its commitments.",
  'catalog.edit': 'Only Early Adopters admins edit the catalogue.',
  'settings.edit': 'Only admins and coordinators edit the holiday calendar and the coverage target.',
};

export function requirePermission(user: Principal, permission: Permission, target: Target = {}): void {
  if (!can(user, permission, target)) throw new ForbiddenError(REASONS[permission]);
}
