// Reading the outbox: admins (outbox.view) see every message, everyone else the messages addressed
// to them (their e-mail among the recipients, or their user id) or to their teams' contacts. Filters, sort and
// paging come from the URL (outbox-table-params.ts); the result is a Page<message> with the status counts and kinds.
import 'server-only';
import { db } from '@/lib/db/client';
import type { CurrentUser } from '@/lib/auth/principal';
import { can } from '@/lib/auth/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { containsIgnoringCase } from '@/lib/db/like';
import { clampPage } from '@/lib/lists/page';
import type { OutboxSort, OutboxStatusName, OutboxTableState } from './outbox-table-params';

/** Admins: everything. Others: mail to their address or user id, and mail to their teams' contacts. */
export async function outboxScope(user: CurrentUser): Promise<Prisma.OutboxMessageWhereInput> {
  if (can(user, 'outbox.view')) return {};
  const contacts = user.teamIds.length
    ? (await db.teamContact.findMany({ where: { teamId: { in: [...user.teamIds] } }, select: { email: true } })).map((contact) => contact.email.toLowerCase())
    : [];
  const addresses = [...new Set([user.email.toLowerCase(), ...contacts])];
  return { OR: [{ recipients: { hasSome: addresses } }, { userId: user.id }] };
}

function outboxOrder(sort: OutboxSort, dir: 'asc' | 'desc'): Prisma.OutboxMessageOrderByWithRelationInput[] {
  const by: Record<OutboxSort, Prisma.OutboxMessageOrderByWithRelationInput[]> = {
    created: [{ createdAt: dir }],
    status: [{ status: dir }, { createdAt: 'desc' }],
    kind: [{ kind: dir }, { createdAt: 'desc' }],
    subject: [{ subject: dir }, { createdAt: 'desc' }],
  };
  // The id breaks ties, so a page boundary never shows a message twice or skips one.
  return [...by[sort], { id: dir }];
}

export async function listOutbox(user: CurrentUser, state: OutboxTableState) {
  const filter = state.filters;
  const scope = await outboxScope(user);
  // The counts per status describe the listed messages, whatever the status filter: all filters but it.
  const conditions: Prisma.OutboxMessageWhereInput[] = [scope];
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.q) {
    conditions.push({ OR: [{ subject: containsIgnoringCase(filter.q) }, { recipients: { has: filter.q.toLowerCase() } }, { text: containsIgnoringCase(filter.q) }] });
  }
  if (filter.rollout) {
    const rollout = await db.rollout.findUnique({ where: { number: Number(filter.rollout) }, select: { id: true } });
    conditions.push({ rolloutId: rollout?.id ?? '-' });
  }
  const where: Prisma.OutboxMessageWhereInput = { AND: filter.status ? [...conditions, { status: filter.status }] : conditions };
  const [total, kinds, counts] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({ where: scope, distinct: ['kind'], select: { kind: true }, orderBy: { kind: 'asc' } }),
    db.outboxMessage.groupBy({ by: ['status'], where: { AND: conditions }, _count: { _all: true } }),
  ]);
  const page = clampPage(state.page, total, state.perPage);
  const messages = await db.outboxMessage.findMany({ where, orderBy: outboxOrder(state.sort as OutboxSort, state.dir), skip: (page - 1) * state.perPage, take: state.perPage });
  const rolloutIds = [...new Set(messages.map((message) => message.rolloutId).filter((id): id is string => !!id))];
  const rollouts = await db.rollout.findMany({ where: { id: { in: rolloutIds } }, select: { id: true, number: true, title: true } });
  const byId = new Map(rollouts.map((rollout) => [rollout.id, rollout]));
  return {
    total,
    page,
    perPage: state.perPage,
    kinds: kinds.map((row) => row.kind),
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<OutboxStatusName, number>>,
    rows: messages.map((message) => ({ ...message, rollout: message.rolloutId ? (byId.get(message.rolloutId) ?? null) : null })),
  };
}

export type OutboxListing = Awaited<ReturnType<typeof listOutbox>>;
export type OutboxListItem = OutboxListing['rows'][number];
