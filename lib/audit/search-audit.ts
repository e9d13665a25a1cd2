// The audit browser's query: filters from the URL, newest first, paginated.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { AuditEvent, Prisma } from '@/lib/generated/prisma/client';
import type { Page } from '@/lib/lists/page';
import { containsIgnoringCase, startingWith } from '@/lib/db/like';

export const ZAuditSearch = z.object({
  action: z.string().trim().max(100).catch(''),
  entityType: z.string().trim().max(50).catch(''),
  entityId: z.string().trim().max(100).catch(''),
  actor: z.string().trim().max(200).catch(''),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  perPage: z.coerce.number().int().min(10).max(200).catch(50),
});
export type AuditSearch = z.infer<typeof ZAuditSearch>;

export async function searchAudit(search: AuditSearch): Promise<Page<AuditEvent> & { entityTypes: string[] }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(search.action && { action: startingWith(search.action) }),
    ...(search.entityType && { entityType: search.entityType }),
    ...(search.entityId && { entityId: search.entityId }),
    ...(search.actor && { actorLabel: containsIgnoringCase(search.actor) }),
    ...((search.from || search.to) && {
      at: {
        ...(search.from && { gte: new Date(`${search.from}T00:00:00Z`) }),
        ...(search.to && { lt: new Date(new Date(`${search.to}T00:00:00Z`).getTime() + 86_400_000) }),
      },
    }),
  };
  const [rows, total, entityTypes] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (search.page - 1) * search.perPage,
      take: search.perPage,
    }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
  ]);
  return { rows, total, page: search.page, perPage: search.perPage, entityTypes: entityTypes.map((row) => row.entityType) };
}
