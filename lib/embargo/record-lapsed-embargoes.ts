// The worker's step for embargoes whose date passed: visibility already follows the clock (visibility.ts),
// this records the lift in the audit (once: `embargoLiftedAt` is set in the same transaction), which also
// lets the subscription fan-out tell followers about a release they could not hear of before.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record-audit';
import { db as defaultDb, type Db } from '@/lib/db/client';

export async function recordLapsedEmbargoes(now = new Date(), client: Db = defaultDb): Promise<number> {
  return inTransaction(async (tx) => {
    const lapsed = await tx.release.findMany({ where: { embargoedUntil: { lte: now }, embargoLiftedAt: null }, select: { id: true, embargoedUntil: true } });
    for (const release of lapsed) {
      // The guard on embargoLiftedAt makes two workers racing record one lift.
      const { count } = await tx.release.updateMany({ where: { id: release.id, embargoLiftedAt: null }, data: { embargoLiftedAt: now } });
      if (count === 0) continue;
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'release.embargoLift',
        entityType: 'Release',
        entityId: release.id,
        before: { embargoedUntil: release.embargoedUntil },
        after: { reason: 'The embargo date passed.', early: false },
      });
    }
    return lapsed.length;
  }, { client });
}
