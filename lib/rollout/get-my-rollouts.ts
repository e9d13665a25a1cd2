// A team member's view across rollouts: invitations waiting for their teams' answer and the open
// rollouts their teams are doing, for /rollouts/invitations (Accept / Decline from the list).
import 'server-only';
import { db } from '@/lib/db/client';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

export async function getTeamInvitations(teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return db.participation.findMany({
    where: { teamId: { in: [...teamIds] }, rollout: { status: 'OPEN' }, status: { in: ['INVITED', 'ACCEPTED', 'VOLUNTEERED'] } },
    orderBy: [{ status: 'asc' }, { replyDueAt: 'asc' }],
    select: {
      id: true,
      status: true,
      version: true,
      replyDueAt: true,
      repliedAt: true,
      exposureEnd: true,
      team: { select: { id: true, name: true, site: { select: { timeZone: true } } } },
      report: { select: { id: true } },
      rollout: { select: { number: true, title: true, owner: { select: { name: true } } } },
    },
  });
}

export type TeamInvitation = Awaited<ReturnType<typeof getTeamInvitations>>[number];

/** Open rollouts that called for volunteers and that none of these teams is on yet. */
export async function getVolunteerCalls(teamIds: readonly string[], viewer: Viewer) {
  if (teamIds.length === 0) return [];
  return db.rollout.findMany({
    where: { ...rolloutVisibleWhere(viewer), status: 'OPEN', volunteersCalledAt: { not: null }, participations: { none: { teamId: { in: [...teamIds] }, status: { not: 'DECLINED' } } } },
    orderBy: { volunteersCalledAt: 'desc' },
    select: { number: true, title: true, volunteersCalledAt: true },
  });
}
