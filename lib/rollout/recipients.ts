// Who gets a team's rollout mail: its contact addresses (document section 3: "their e-mail
// contacts"), or its members when a team has listed no contact yet.
import 'server-only';
import type { Tx } from '@/lib/audit/record-audit';

export async function teamRecipients(tx: Tx, teamId: string): Promise<string[]> {
  const contacts = await tx.teamContact.findMany({ where: { teamId }, select: { email: true } });
  if (contacts.length) return contacts.map((contact) => contact.email);
  const members = await tx.user.findMany({ where: { memberships: { some: { group: { teamId } } } }, select: { email: true } });
  return members.map((member) => member.email);
}

/** Whether an address belongs to the team: a member's account e-mail or one of its contacts. */
export async function isTeamAddress(tx: Tx, teamId: string, address: string): Promise<{ member: { id: string; email: string } | null; contact: boolean }> {
  const email = address.trim().toLowerCase();
  const [member, contact] = await Promise.all([
    tx.user.findFirst({
      where: { email: { equals: email, mode: 'insensitive' }, memberships: { some: { group: { teamId } } } },
      select: { id: true, email: true },
    }),
    tx.teamContact.findFirst({ where: { teamId, email: { equals: email, mode: 'insensitive' } }, select: { id: true } }),
  ]);
  return { member, contact: !!contact };
}
