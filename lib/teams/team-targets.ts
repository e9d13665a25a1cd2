// The team a mutation targets, as stored in the database (never as the form says): the team actions name
// it in their messages and revalidated pages; lib/teams checks the permission against the same rows.
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

export async function teamIdOfMembership(membershipId: string): Promise<string> {
  const membership = await db.groupMembership.findUnique({ where: { id: membershipId }, select: { group: { select: { teamId: true } } } });
  if (!membership?.group.teamId) throw new NotFoundError('This membership no longer exists.');
  return membership.group.teamId;
}

export async function teamIdOfContact(contactId: string): Promise<string> {
  const contact = await db.teamContact.findUnique({ where: { id: contactId }, select: { teamId: true } });
  if (!contact) throw new NotFoundError('This contact was already removed.');
  return contact.teamId;
}

export async function teamIdOfCommitment(commitmentId: string): Promise<string> {
  const commitment = await db.commitment.findUnique({ where: { id: commitmentId }, select: { teamId: true } });
  if (!commitment) throw new NotFoundError('This commitment was already removed.');
  return commitment.teamId;
}

export async function requireTeam(teamId: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
  if (!team) throw new NotFoundError('This team no longer exists.');
  return team;
}

/** The user's membership of the team (the app's own when there are both), for removing it. */
export async function membershipIdOf(teamId: string, user: { id: string; email: string }): Promise<string> {
  const memberships = await db.groupMembership.findMany({ where: { userId: user.id, group: { teamId } }, select: { id: true, source: true } });
  const membership = memberships.find((m) => m.source === 'APP') ?? memberships[0];
  if (!membership) throw new NotFoundError(`${user.email} is not a member of this team.`);
  return membership.id;
}
