// Team membership as the app manages it: a GroupMembership (source APP) in the team's group. A member
// is added by e-mail (the user record is created if needed and matched by e-mail at their first OIDC
// sign-in) or picked among users who signed in through the identity provider. Identity-provider
// memberships are read-only here: the next sign-in would restore them anyway.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { findOrCreateUserByEmail } from '@/lib/groups/manage-group-members';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';

export const IDP_MEMBERSHIP_READ_ONLY =
  'This membership comes from the identity provider (the user is in the group in the SSO). It is refreshed at every sign-in, so remove the user from the group there.';

export async function addTeamMember(user: CurrentUser, input: { teamId: string; email?: string; userId?: string }) {
  return inTransaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, include: { group: true } });
    if (!team?.group) throw new NotFoundError('This team no longer exists.');
    requirePermission(user, 'team.members', { teamId: team.id });
    const actor = actorOf(user);
    const field = input.userId ? 'userId' : 'email';
    const member = input.userId
      ? await tx.user.findFirst({ where: { id: input.userId, oidcSubject: { not: null } } })
      : await findOrCreateUserByEmail(tx, actor, input.email!);
    if (!member) throw new ValidationError('Pick a user from the list.', { userId: ['This user has not signed in through the identity provider.'] });
    const existing = await tx.groupMembership.findMany({ where: { userId: member.id, groupId: team.group.id } });
    if (existing.length) {
      const how = existing.some((m) => m.source === 'IDP') ? ' (through the identity provider)' : '';
      throw new ValidationError(`${member.email} is already a member of ${team.name}.`, { [field]: [`Already a member${how}.`] });
    }
    const membership = await tx.groupMembership.create({ data: { userId: member.id, groupId: team.group.id, source: 'APP' } });
    await recordAudit(tx, actor, { action: 'team.addMember', entityType: 'Team', entityId: team.id, after: { email: member.email, source: 'APP' } });
    await enqueueMessage(tx, {
      kind: 'team.memberAdded',
      recipients: [member.email],
      userId: member.id,
      subject: `You are now a member of the Early Adopter team ${team.name}`,
      text: `${actor.label} added you to the Early Adopter team ${team.name}.\n\nYou can now manage its contacts and commitments and answer staged-rollout invitations for it:\n${appUrl('/my-team')}\n`,
    });
    return { membershipId: membership.id, email: member.email };
  });
}

export async function removeTeamMember(user: CurrentUser, input: { membershipId: string; teamId: string }) {
  return inTransaction(async (tx) => {
    const membership = await tx.groupMembership.findUnique({ where: { id: input.membershipId }, include: { group: true, user: true } });
    if (!membership || membership.group.teamId !== input.teamId) throw new NotFoundError('This membership no longer exists.');
    requirePermission(user, 'team.members', { teamId: membership.group.teamId });
    if (membership.source === 'IDP') throw new ConflictError(IDP_MEMBERSHIP_READ_ONLY);
    await tx.groupMembership.delete({ where: { id: membership.id } });
    await recordAudit(tx, actorOf(user), { action: 'team.removeMember', entityType: 'Team', entityId: input.teamId, before: { email: membership.user.email, source: 'APP' } });
    return { email: membership.user.email };
  });
}

/** Users who signed in through the identity provider and are not yet in the team (for the picker). */
export async function listIdpUsersOutsideTeam(teamId: string, limit = 500) {
  return db.user.findMany({
    where: { oidcSubject: { not: null }, memberships: { none: { group: { teamId } } } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    take: limit,
  });
}
