// Who gets deadline mail: a team's e-mail contacts (else its members), a rollout's manager (else the
// coordinators). Addresses that do not validate are dropped with a warning, never sent to.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/transaction';

const address = z.email();

export function validAddresses(values: readonly string[], context: string): string[] {
  const valid: string[] = [];
  for (const value of values) {
    const cleaned = value.trim().toLowerCase();
    if (address.safeParse(cleaned).success) valid.push(cleaned);
    else if (cleaned) console.warn(`[notify] skipping invalid address "${cleaned}" (${context})`);
  }
  return [...new Set(valid)];
}

export async function teamRecipients(teamId: string, client: Tx = db): Promise<string[]> {
  const contacts = await client.teamContact.findMany({ where: { teamId }, select: { email: true } });
  if (contacts.length) return validAddresses(contacts.map((contact) => contact.email), `team ${teamId} contacts`);
  const members = await client.groupMembership.findMany({ where: { group: { teamId } }, select: { user: { select: { email: true } } } });
  return validAddresses(members.map((member) => member.user.email), `team ${teamId} members`);
}

export async function coordinatorRecipients(client: Tx = db): Promise<string[]> {
  const members = await client.groupMembership.findMany({ where: { group: { kind: 'COORDINATORS' } }, select: { user: { select: { email: true } } } });
  return validAddresses(members.map((member) => member.user.email), 'coordinators');
}

/** The rollout's manager; with no manager assigned, the coordinators (who assign one). */
export async function escalationRecipients(owner: { id: string; email: string } | null, client: Tx = db): Promise<{ recipients: string[]; userId?: string }> {
  if (owner) return { recipients: validAddresses([owner.email], 'rollout owner'), userId: owner.id };
  return { recipients: await coordinatorRecipients(client) };
}
