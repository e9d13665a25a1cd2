// After a sync: one reminder per stale beta flag and resolved rollout (the outbox's dedupe key makes
// it once, ever, for that deadline), to the team's contacts, asking them to remove BETA in GOCDB.
// Each reminder is queued in its own transaction with its audit row.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath, ticketTag } from '@/lib/notify/links';
import { teamRecipients } from '@/lib/notify/recipients';
import { findStaleBetaFlags, type StaleBetaFlag } from './stale-beta';

export function betaReminderKey(flag: Pick<StaleBetaFlag, 'endpointId' | 'rollout'>): string {
  return `gocdb.beta-after-release:${flag.rollout.id}:${flag.endpointId}`;
}

export async function queueBetaReminders(actor: Actor): Promise<number> {
  let queued = 0;
  for (const flag of await findStaleBetaFlags()) {
    const dedupeKey = betaReminderKey(flag);
    if (await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
    const recipients = await teamRecipients(flag.team.id);
    if (recipients.length === 0) continue;
    await inTransaction(async (tx) => {
      await enqueueMessage(tx, {
        kind: 'gocdb.beta-after-release',
        recipients,
        rolloutId: flag.rollout.id,
        dedupeKey,
        subject: `${ticketTag(flag.rollout.number)} Remove the beta flag of ${flag.hostname} in GOCDB`,
        text: [
          `Dear ${flag.team.name},`,
          '',
          `The staged rollout "${flag.rollout.title}" is resolved, but GOCDB still shows BETA=Y for your ${flag.serviceType} endpoint ${flag.hostname} (read ${flag.readAt.toISOString()}).`,
          'The procedure asks that the beta flag be removed in GOCDB once the component is released into production.',
          'This application never writes to GOCDB: please edit the service there. The reminder clears after the next sync reads BETA=N.',
          '',
          `Rollout: ${appUrl(rolloutPath(flag.rollout))}`,
        ].join('\n'),
      });
      await recordAudit(tx, actor, {
        action: 'gocdb.beta.remind',
        entityType: 'GocdbServiceEndpoint',
        entityId: flag.endpointId,
        after: { team: flag.team.name, hostname: flag.hostname, rollout: flag.rollout.number },
      });
    });
    queued++;
  }
  return queued;
}
