// Why a permission was refused, in words for people: requirePermission (lib/auth/authorize.ts) uses these
// when its caller gives no message of its own, so a form and a script are refused for the same reason.
import type { Permission } from './permissions';

export const PERMISSION_REASONS: Partial<Record<Permission, string>> = {
  'team.create': 'Only Early Adopters admins create teams and NGIs.',
  'team.edit': 'Only Early Adopters admins edit teams and NGIs.',
  'team.members': 'Only Early Adopters admins add or remove team members.',
  'team.contacts': "Only the team's members and admins edit its contacts.",
  'team.commit': "Only the team's members and admins edit its commitments.",
  'catalog.edit': 'Only Early Adopters admins edit the catalogue.',
  'group.manage': 'Only Early Adopters admins manage groups.',
  'settings.edit': 'Only admins and coordinators edit the holiday calendar and the coverage target.',
};
