// The audit trail of one entity, newest first, for its page's "History" panel.
import 'server-only';
import { db } from '@/lib/db/client';

export interface HistoryEntry {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  before: unknown;
  after: unknown;
}

export async function getEntityHistory(entityType: string, entityId: string, limit = 100): Promise<HistoryEntry[]> {
  return db.auditEvent.findMany({
    where: { entityType, entityId },
    // Rows of one transaction share `at` on PostgreSQL; cuids grow within a process, so they break the tie.
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true },
  });
}
