// Reading the outbox: admins (outbox.view) see every message, everyone else the messages addressed
// to them (their e-mail among the recipients, or their user id) or to their teams' contacts. Filters and paging come from the URL.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { CurrentUser } from '@/lib/auth/principal';
import { can } from '@/lib/auth/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { containsIgnoringCase } from '@/lib/db/like';

export const PAGE_SIZE = 25;
export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;

export const ZOutboxFilter = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  kind: z.string().trim().max(80).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  rollout: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type OutboxFilter = z.infer<typeof ZOutboxFilter>;

/** Admins: everything. Others: mail to their address or user id, and mail to their teams' contacts. */
export async function outboxScope(user: CurrentUser): Promise<Prisma.OutboxMessageWhereInput> {
  if (can(user, 'outbox.view')) return {};
  const contacts = user.teamIds.length
    ? (await db.teamContact.findMany({ where: { teamId: { in: [...user.teamIds] } }, select: { email: true } })).map((contact) => contact.email.toLowerCase())
    : [];
  const addresses = [...new Set([user.email.toLowerCase(), ...contacts])];
  return { OR: [{ recipients: { hasSome: addresses } }, { userId: user.id }] };
}

export async function listOutbox(user: CurrentUser, filter: OutboxFilter) {
  const scope = await outboxScope(user);
  // The counts per status describe the listed messages, whatever the status filter: all filters but it.
  const conditions: Prisma.OutboxMessageWhereInput[] = [scope];
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.q) {
    conditions.push({ OR: [{ subject: containsIgnoringCase(filter.q) }, { recipients: { has: filter.q.toLowerCase() } }, { text: containsIgnoringCase(filter.q) }] });
  }
  if (filter.rollout) {
    const rollout = await db.rollout.findUnique({ where: { number: filter.rollout }, select: { id: true } });
    conditions.push({ rolloutId: rollout?.id ?? '-' });
  }
  const where: Prisma.OutboxMessageWhereInput = { AND: filter.status ? [...conditions, { status: filter.status }] : conditions };
  const [total, messages, kinds, counts] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.outboxMessage.findMany({ where: scope, distinct: ['kind'], select: { kind: true }, orderBy: { kind: 'asc' } }),
    db.outboxMessage.groupBy({ by: ['status'], where: { AND: conditions }, _count: { _all: true } }),
  ]);
  const rolloutIds = [...new Set(messages.map((message) => message.rolloutId).filter((id): id is string => !!id))];
  const rollouts = await db.rollout.findMany({ where: { id: { in: rolloutIds } }, select: { id: true, number: true, title: true } });
  const byId = new Map(rollouts.map((rollout) => [rollout.id, rollout]));
  return {
    total,
    page: filter.page,
    perPage: PAGE_SIZE,
    kinds: kinds.map((row) => row.kind),
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<(typeof OUTBOX_STATUSES)[number], number>>,
    rows: messages.map((message) => ({ ...message, rollout: message.rolloutId ? (byId.get(message.rolloutId) ?? null) : null })),
  };
}

export type OutboxListing = Awaited<ReturnType<typeof listOutbox>>;
export type OutboxListItem = OutboxListing['rows'][number];
