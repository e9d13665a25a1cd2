// The audit browser's query: the parsed URL view (lib/audit/table-params.ts) to one page of audit events,
// sorted (newest first by default), with the entity types for the filter menu.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditEvent, Prisma } from '@/lib/generated/prisma/client';
import { clampPage, type Page } from '@/lib/lists/page';
import { containsIgnoringCase, startingWith } from '@/lib/db/like';
import type { AuditSort, AuditTableState } from './table-params';

const DAY_MS = 86_400_000;

function auditOrder(sort: AuditSort, dir: 'asc' | 'desc'): Prisma.AuditEventOrderByWithRelationInput[] {
  const by: Record<AuditSort, Prisma.AuditEventOrderByWithRelationInput[]> = {
    at: [{ at: dir }],
    actor: [{ actorLabel: dir }, { at: 'desc' }],
    action: [{ action: dir }, { at: 'desc' }],
    entity: [{ entityType: dir }, { entityId: dir }, { at: 'desc' }],
  };
  // The id breaks ties, so a page boundary never shows an event twice or skips one.
  return [...by[sort], { id: dir }];
}

export function auditWhere(filters: AuditTableState['filters']): Prisma.AuditEventWhereInput {
  const { action, entityType, entityId, actor, from, to } = filters;
  return {
    ...(action && { action: startingWith(action) }),
    ...(entityType && { entityType }),
    ...(entityId && { entityId }),
    ...(actor && { actorLabel: containsIgnoringCase(actor) }),
    ...((from || to) && {
      at: {
        ...(from && { gte: new Date(`${from}T00:00:00Z`) }),
        // "To" is a whole day: everything before the next midnight (UTC).
        ...(to && { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) }),
      },
    }),
  };
}

export async function searchAudit(state: AuditTableState): Promise<Page<AuditEvent> & { entityTypes: string[] }> {
  const where = auditWhere(state.filters);
  const [total, entityTypes] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
  ]);
  const page = clampPage(state.page, total, state.perPage);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: auditOrder(state.sort as AuditSort, state.dir),
    skip: (page - 1) * state.perPage,
    take: state.perPage,
  });
  return { rows, total, page, perPage: state.perPage, entityTypes: entityTypes.map((row) => row.entityType) };
}
