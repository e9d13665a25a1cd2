// A team's e-mail contacts (where invitations and reminders go besides the members).
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';

const refusal = (team: string) => `Only admins and members of ${team} edit its contacts.`;

/** `user` must be an admin or a member of the team (checked here, against the team as loaded). */
export async function addTeamContact(user: CurrentUser, input: { teamId: string; email: string; name: string }) {
  try {
    return await inTransaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId } });
      if (!team) throw new NotFoundError('This team no longer exists.');
      requirePermission(user, 'team.contacts', { teamId: team.id }, refusal(team.name));
      const existing = await tx.teamContact.findUnique({ where: { teamId_email: { teamId: team.id, email: input.email } } });
      if (existing) throw duplicateContact(input.email);
      const contact = await tx.teamContact.create({ data: { teamId: team.id, email: input.email, name: input.name } });
      await recordAudit(tx, actorOf(user), { action: 'team.addContact', entityType: 'Team', entityId: team.id, after: { email: contact.email, name: contact.name } });
      return contact;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateContact(input.email);
    throw error;
  }
}

function duplicateContact(email: string) {
  return new ValidationError(`${email} is already a contact of this team.`, { email: ['Already a contact of this team.'] });
}

export async function removeTeamContact(user: CurrentUser, input: { contactId: string; teamId: string }) {
  return inTransaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId } });
    if (!team) throw new NotFoundError('This contact was already removed.');
    requirePermission(user, 'team.contacts', { teamId: team.id }, refusal(team.name));
    const contact = await tx.teamContact.findUnique({ where: { id: input.contactId } });
    if (!contact || contact.teamId !== input.teamId) throw new NotFoundError('This contact was already removed.');
    await tx.teamContact.delete({ where: { id: contact.id } });
    await recordAudit(tx, actorOf(user), { action: 'team.removeContact', entityType: 'Team', entityId: contact.teamId, before: { email: contact.email, name: contact.name } });
  });
}
