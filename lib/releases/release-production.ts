// When a release as a whole is "in production": every item that was not rejected has reached
// PRODUCTION. Called inside the transaction that moved an item there (outcome or emergency skip).
import type { Actor } from '@/lib/audit/record-audit';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { isRejectedState } from './release-item-machine';

/** Serialises concurrent changes to one release's items (two outcomes of sibling PPAs at once). */
export async function lockRelease(tx: Tx, releaseId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Release" WHERE "id" = ${releaseId} FOR UPDATE`;
}

/** Sets Release.productionAt once all non-rejected items are in production; returns whether it did. */
export async function markReleaseInProductionIfComplete(tx: Tx, releaseId: string, actor: Actor, at: Date): Promise<boolean> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { productionAt: true, version: true, items: { select: { state: true } } },
  });
  if (release.productionAt) return false;
  const live = release.items.filter((item) => !isRejectedState(item.state));
  // SKIPPED_ROLLOUT is production without a test (older data rests there; new skips move on to PRODUCTION).
  if (live.length === 0 || live.some((item) => item.state !== 'PRODUCTION' && item.state !== 'SKIPPED_ROLLOUT')) return false;
  await updateVersioned(tx, 'release', { id: releaseId }, { productionAt: at });
  await recordAudit(tx, actor, {
    action: 'release.production',
    entityType: 'Release',
    entityId: releaseId,
    before: { productionAt: null, version: release.version },
    after: { productionAt: at, version: release.version + 1 },
  });
  return true;
}
