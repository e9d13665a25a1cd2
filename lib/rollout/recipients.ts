// Whether a sender speaks for a team (inbound e-mail replies). Who *receives* a team's mail is
// teamRecipients() in lib/notify/recipients.ts.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { equalsIgnoringCase } from '@/lib/db/like';

/** Whether an address belongs to the team: a member's account e-mail or one of its contacts. */
export async function isTeamAddress(tx: Tx, teamId: string, address: string): Promise<{ member: { id: string; email: string } | null; contact: boolean }> {
  const email = address.trim().toLowerCase();
  // One after the other: `tx` may be a transaction, which is one connection.
  const member = await tx.user.findFirst({
    where: { email: equalsIgnoringCase(email), memberships: { some: { group: { teamId } } } },
    select: { id: true, email: true },
  });
  const contact = await tx.teamContact.findFirst({ where: { teamId, email: equalsIgnoringCase(email) }, select: { id: true } });
  return { member, contact: !!contact };
}
