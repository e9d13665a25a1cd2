// Records GOCDB no longer lists are marked (gocdbRemovedAt / removedAt), never deleted: teams,
// participations and audit rows keep pointing at them. Only called after every page of that method
// was read, so a failed or partial read never marks anything.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';

export type RemovalScope = { kind: 'ngi' } | { kind: 'site' } | { kind: 'endpoint'; serviceType: string };

export async function markRemoved(scope: RemovalScope, seenKeys: ReadonlySet<string>, now: Date, actor: Actor, runId: string): Promise<number> {
  const seen = [...seenKeys];
  return inTransaction(async (tx) => {
    const result =
      scope.kind === 'ngi'
        ? await tx.ngi.updateMany({ where: { gocdbName: { not: null, notIn: seen }, gocdbRemovedAt: null }, data: { gocdbRemovedAt: now } })
        : scope.kind === 'site'
          ? await tx.site.updateMany({ where: { gocdbKey: { not: null, notIn: seen }, gocdbRemovedAt: null }, data: { gocdbRemovedAt: now } })
          : await tx.gocdbServiceEndpoint.updateMany({ where: { serviceType: scope.serviceType, gocdbKey: { notIn: seen }, removedAt: null }, data: { removedAt: now } });
    if (result.count > 0) {
      await recordAudit(tx, actor, { action: 'gocdb.sync.mark-removed', entityType: 'GocdbSyncRun', entityId: runId, after: { ...scope, count: result.count } });
    }
    return result.count;
  });
}
