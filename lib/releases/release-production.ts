// When a release as a whole is "in production": its last item reached a final state with at least one
// item in production (releaseReachedProduction). Called inside every transaction that moves an item to
// a final state: outcome, emergency skip, rejection in verification, supersession.
import type { Actor } from '@/lib/audit/record-audit';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { releaseReachedProduction } from './release-item-machine';

/** Serialises concurrent changes to one release's items (two outcomes of sibling PPAs at once). */
export async function lockRelease(tx: Tx, releaseId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Release" WHERE "id" = ${releaseId} FOR UPDATE`;
}

/** Sets Release.productionAt once every item is final and one is in production; returns whether it did. */
export async function markReleaseInProductionIfComplete(tx: Tx, releaseId: string, actor: Actor, at: Date): Promise<boolean> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { productionAt: true, version: true, items: { select: { state: true } } },
  });
  if (release.productionAt) return false;
  if (!releaseReachedProduction(release.items.map((item) => item.state))) return false;
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
