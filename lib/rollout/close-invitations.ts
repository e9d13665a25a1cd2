// On resolve, every invitation still unanswered ends (status CLOSED): no stale "Invited" on the
// ticket, no reply deadline left in a team's .ics feed, and each such team is told once. Runs inside
// the resolving transaction.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { teamRecipients } from '@/lib/notify/recipients';
import { invitationClosedMessage } from './messages';
import { nextParticipationStatus } from './participation-machine';

export async function closeOpenInvitations(
  tx: Tx,
  rollout: { id: string; number: number; title: string; url: string },
  outcome: 'ACCEPT' | 'REJECT',
): Promise<string[]> {
  const invited = await tx.participation.findMany({ where: { rolloutId: rollout.id, status: 'INVITED' }, include: { team: { select: { name: true } } } });
  const closed: string[] = [];
  for (const participation of invited) {
    const status = nextParticipationStatus(participation.status, 'close')!;
    // Guarded on the status: a reply that lands at the same moment keeps its answer.
    const { count } = await tx.participation.updateMany({ where: { id: participation.id, status: 'INVITED' }, data: { status, version: { increment: 1 } } });
    if (count === 0) continue;
    closed.push(participation.team.name);
    await enqueueMessage(tx, {
      kind: 'rollout.invitationClosed',
      recipients: await teamRecipients(participation.teamId, tx),
      rolloutId: rollout.id,
      dedupeKey: `rollout.invitationClosed:${participation.id}`,
      ...invitationClosedMessage(rollout, participation.team.name, outcome),
    });
  }
  return closed;
}
