// In-app group membership (source APP), as the document's web app managed it. Memberships from the
// identity provider are read-only here: they are replaced at the user's next sign-in anyway.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The user with this e-mail, created (name = e-mail) when they have never signed in. */
export async function findOrCreateUserByEmail(tx: Prisma.TransactionClient, actor: Actor, email: string, name?: string) {
  const existing = await tx.user.findUnique({ where: { email } });
  if (existing) return existing;
  const user = await tx.user.create({ data: { email, name: name?.trim() || email } });
  await recordAudit(tx, actor, { action: 'user.create', entityType: 'User', entityId: user.id, after: { email, name: user.name, source: 'APP' } });
  return user;
}

export async function addGroupMember(user: CurrentUser, input: { groupId: string; email: string; name?: string }) {
  return inTransaction(async (tx) => {
    requirePermission(user, 'group.manage');
    const group = await tx.group.findUnique({ where: { id: input.groupId } });
    if (!group) throw new NotFoundError('No such group.');
    const member = await findOrCreateUserByEmail(tx, actorOf(user), input.email, input.name);
    const existing = await tx.groupMembership.findUnique({ where: { userId_groupId_source: { userId: member.id, groupId: group.id, source: 'APP' } } });
    if (existing) throw new ValidationError(`${input.email} is already in ${group.name}.`, { email: ['Already a member.'] });
    const membership = await tx.groupMembership.create({ data: { userId: member.id, groupId: group.id, source: 'APP' } });
    await recordAudit(tx, actorOf(user), { action: 'group.addMember', entityType: 'Group', entityId: group.id, after: { group: group.name, email: member.email, source: 'APP' } });
    if (group.teamId) {
      await recordAudit(tx, actorOf(user), { action: 'team.addMember', entityType: 'Team', entityId: group.teamId, after: { email: member.email } });
    }
    return membership;
  });
}

export async function removeGroupMember(user: CurrentUser, membershipId: string) {
  return inTransaction(async (tx) => {
    requirePermission(user, 'group.manage');
    const membership = await tx.groupMembership.findUnique({ where: { id: membershipId }, include: { group: true, user: true } });
    if (!membership) throw new NotFoundError('This membership no longer exists.');
    if (membership.source === 'IDP') {
      throw new ConflictError('This membership comes from the identity provider; change it there (it is refreshed at every sign-in).');
    }
    await tx.groupMembership.delete({ where: { id: membership.id } });
    if (membership.group.name === MANAGERS_GROUP) {
      const stillManager = await tx.groupMembership.count({ where: { userId: membership.userId, group: { name: MANAGERS_GROUP } } });
      if (stillManager === 0) await tx.stackManager.deleteMany({ where: { userId: membership.userId } });
    }
    await recordAudit(tx, actorOf(user), { action: 'group.removeMember', entityType: 'Group', entityId: membership.groupId, before: { group: membership.group.name, email: membership.user.email, source: 'APP' } });
    if (membership.group.teamId) {
      await recordAudit(tx, actorOf(user), { action: 'team.removeMember', entityType: 'Team', entityId: membership.group.teamId, before: { email: membership.user.email } });
    }
  });
}
