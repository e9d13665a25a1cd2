// Overdue items for the dashboard, the team page and the rollout page: invitations not answered by
// their reply deadline, and reports not sent one working day after the exposure period ended.
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { reportDueAt } from './deadlines';

export interface OverdueItem {
  kind: 'reply' | 'report';
  participationId: string;
  dueAt: Date;
  team: { id: string; name: string };
  rollout: { id: string; number: number; title: string; stackId: string; owner: { id: string; name: string; email: string } | null };
}

export interface OverdueFilter {
  teamId?: string;
  rolloutId?: string;
  /** One stack or several (a manager's stacks). */
  stackId?: string | string[];
  now?: Date;
}

const include = {
  team: { select: { id: true, name: true, site: { select: { timeZone: true, ngi: { select: { code: true } } } } } },
  rollout: {
    select: {
      id: true,
      number: true,
      title: true,
      owner: { select: { id: true, name: true, email: true } },
      releaseItem: { select: { release: { select: { stackId: true } } } },
    },
  },
} as const;

export async function getOverdueParticipations(filter: OverdueFilter = {}): Promise<OverdueItem[]> {
  const now = filter.now ?? new Date();
  const stackIds = filter.stackId === undefined ? undefined : Array.isArray(filter.stackId) ? filter.stackId : [filter.stackId];
  const rollout: Prisma.RolloutWhereInput = {
    status: { not: 'RESOLVED' },
    ...(filter.rolloutId ? { id: filter.rolloutId } : {}),
    ...(stackIds ? { releaseItem: { release: { stackId: { in: stackIds } } } } : {}),
  };
  const scope: Prisma.ParticipationWhereInput = { rollout, ...(filter.teamId ? { teamId: filter.teamId } : {}) };
  const [late, exposed, holidays] = await Promise.all([
    db.participation.findMany({ where: { ...scope, status: 'INVITED', replyDueAt: { lt: now } }, include }),
    db.participation.findMany({ where: { ...scope, status: { in: ['ACCEPTED', 'VOLUNTEERED'] }, exposureEnd: { lt: now }, report: null }, include }),
    loadHolidays(),
  ]);
  const items: OverdueItem[] = [];
  const toItem = (participation: (typeof late)[number], kind: OverdueItem['kind'], dueAt: Date): OverdueItem => ({
    kind,
    participationId: participation.id,
    dueAt,
    team: { id: participation.team.id, name: participation.team.name },
    rollout: {
      id: participation.rollout.id,
      number: participation.rollout.number,
      title: participation.rollout.title,
      stackId: participation.rollout.releaseItem.release.stackId,
      owner: participation.rollout.owner,
    },
  });
  for (const participation of late) items.push(toItem(participation, 'reply', participation.replyDueAt!));
  for (const participation of exposed) {
    const calendar = calendarFor(participation.team.site.timeZone, participation.team.site.ngi.code, holidays);
    const due = reportDueAt(participation.exposureEnd!, calendar);
    if (due < now) items.push(toItem(participation, 'report', due));
  }
  return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The overdue items at the current time, shared by every reader of the same filter (the dashboard, a team page,
 *  a rollout page) until a table they are read from changes, and at most a minute late (cacheTables). */
export async function getOverdueNow(filter: Omit<OverdueFilter, 'now'>): Promise<OverdueItem[]> {
  'use cache';
  cacheTables('Participation', 'Rollout', 'Team', 'Site', 'Ngi', 'User', 'ReleaseItem', 'Release', 'Report', 'Holiday');
  return getOverdueParticipations(filter);
}

/** The overdue participation ids of one rollout, for flagging rows in its team list. */
export async function getOverdueParticipationIds(rolloutId: string, now?: Date): Promise<Set<string>> {
  return new Set((await getOverdueParticipations({ rolloutId, now })).map((item) => item.participationId));
}
