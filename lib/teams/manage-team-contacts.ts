// A team's e-mail contacts (where invitations and reminders go besides the members).
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';

export async function addTeamContact(actor: Actor, input: { teamId: string; email: string; name: string }) {
  try {
    return await inTransaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId } });
      if (!team) throw new NotFoundError('This team no longer exists.');
      const existing = await tx.teamContact.findUnique({ where: { teamId_email: { teamId: team.id, email: input.email } } });
      if (existing) throw duplicateContact(input.email);
      const contact = await tx.teamContact.create({ data: { teamId: team.id, email: input.email, name: input.name } });
      await recordAudit(tx, actor, { action: 'team.addContact', entityType: 'Team', entityId: team.id, after: { email: contact.email, name: contact.name } });
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

export async function removeTeamContact(actor: Actor, input: { contactId: string; teamId: string }) {
  return inTransaction(async (tx) => {
    const contact = await tx.teamContact.findUnique({ where: { id: input.contactId } });
    if (!contact || contact.teamId !== input.teamId) throw new NotFoundError('This contact was already removed.');
    await tx.teamContact.delete({ where: { id: contact.id } });
    await recordAudit(tx, actor, { action: 'team.removeContact', entityType: 'Team', entityId: contact.teamId, before: { email: contact.email, name: contact.name } });
  });
}
