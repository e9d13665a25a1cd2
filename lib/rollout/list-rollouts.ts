// The rollouts list (/rollouts and GET /api/v1/rollouts): one page of rollouts for the URL's filters
// and sort, each with its release facts, owner, participation counts and overdue flag.
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getOverdueParticipations } from '@/lib/notify/overdue';
import type { RolloutSort, RolloutTableState } from './list-params';
import { isReplyOverdue } from './why-not-done';

const select = {
  id: true,
  number: true,
  title: true,
  status: true,
  outcome: true,
  createdAt: true,
  assignedAt: true,
  resolvedAt: true,
  volunteersCalledAt: true,
  owner: { select: { name: true, email: true } },
  document: { select: { number: true } },
  releaseItem: {
    select: {
      platform: { select: { os: true, arch: true } },
      release: { select: { number: true, productVersion: true, umdMajor: true, type: true, security: true, stack: { select: { slug: true, name: true } }, component: { select: { name: true } } } },
    },
  },
  participations: { select: { status: true, replyDueAt: true, repliedAt: true, team: { select: { name: true } }, report: { select: { recommendation: true } } } },
  _count: { select: { findings: { where: { open: true } } } },
} as const satisfies Prisma.RolloutSelect;

type Raw = Prisma.RolloutGetPayload<{ select: typeof select }>;

export interface RolloutRow extends Omit<Raw, 'participations' | '_count'> {
  counts: { invited: number; accepted: number; declined: number; volunteered: number; reports: number; openFindings: number };
  teams: string[];
  overdue: boolean;
}

const ORDER: Record<RolloutSort, (dir: 'asc' | 'desc') => Prisma.RolloutOrderByWithRelationInput> = {
  number: (dir) => ({ number: dir }),
  title: (dir) => ({ title: dir }),
  status: (dir) => ({ status: dir }),
  stack: (dir) => ({ releaseItem: { release: { stack: { name: dir } } } }),
  owner: (dir) => ({ owner: { name: dir } }),
  createdAt: (dir) => ({ createdAt: dir }),
};

/** Rollouts with an overdue reply or report (lib/notify/overdue.ts: the same rule as the reminders). */
export async function overdueRolloutIds(now = new Date()): Promise<Set<string>> {
  return new Set((await getOverdueParticipations({ now })).map((item) => item.rollout.id));
}

export async function listRollouts(state: RolloutTableState, now = new Date()): Promise<{ rows: RolloutRow[]; total: number; page: number }> {
  const f = state.filters;
  const overdueIds = await overdueRolloutIds(now);
  const where: Prisma.RolloutWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.stack ? { releaseItem: { release: { stack: { slug: { equals: f.stack, mode: 'insensitive' } } } } } : {}),
    ...(f.manager ? (f.manager === 'none' ? { ownerId: null } : { owner: { email: { equals: f.manager, mode: 'insensitive' } } }) : {}),
    ...(f.team ? { participations: { some: { team: { name: { equals: f.team, mode: 'insensitive' } } } } } : {}),
    ...(f.overdue ? { id: { in: [...overdueIds] } } : {}),
    ...(f.q
      ? { OR: [{ title: { contains: f.q, mode: 'insensitive' } }, ...(/^#?\d{1,9}$/.test(f.q) ? [{ number: Number(f.q.replace('#', '')) }] : [])] }
      : {}),
  };
  const total = await db.rollout.count({ where });
  const pages = Math.max(1, Math.ceil(total / state.perPage));
  const page = Math.min(state.page, pages);
  const raw = await db.rollout.findMany({
    where,
    select,
    orderBy: [ORDER[state.sort as RolloutSort](state.dir), { number: 'desc' }],
    skip: (page - 1) * state.perPage,
    take: state.perPage,
  });
  const rows = raw.map(({ participations, _count, ...rollout }): RolloutRow => {
    const count = (status: string) => participations.filter((p) => p.status === status).length;
    return {
      ...rollout,
      counts: {
        invited: participations.length,
        accepted: count('ACCEPTED'),
        declined: count('DECLINED'),
        volunteered: count('VOLUNTEERED'),
        reports: participations.filter((p) => p.report).length,
        openFindings: _count.findings,
      },
      teams: participations.map((p) => p.team.name).sort(),
      overdue: rollout.status !== 'RESOLVED' && (overdueIds.has(rollout.id) || participations.some((p) => isReplyOverdue(p, now))),
    };
  });
  return { rows, total, page };
}
