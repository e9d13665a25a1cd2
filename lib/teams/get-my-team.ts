// The "My team" view of an EA member: for each of their teams, its commitments, the invitations
// waiting for a reply, the rollouts in progress and the reports still to send.
import 'server-only';
import { db } from '@/lib/db/client';

const ROLLOUT = { select: { number: true, title: true, status: true, createdAt: true } } as const;

export async function getMyTeams(teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  const [teams, participations] = await Promise.all([
    db.team.findMany({
      where: { id: { in: [...teamIds] } },
      select: {
        id: true,
        name: true,
        site: { select: { name: true, timeZone: true, ngi: { select: { code: true, name: true } } } },
        commitments: { select: { id: true, component: { select: { name: true, retiredAt: true, stack: { select: { name: true } } } }, platform: { select: { os: true, arch: true } } } },
        _count: { select: { contacts: true } },
      },
      orderBy: { name: 'asc' },
    }),
    db.participation.findMany({
      where: {
        teamId: { in: [...teamIds] },
        OR: [
          { status: 'INVITED', rollout: { status: { not: 'RESOLVED' } } },
          { status: { in: ['ACCEPTED', 'VOLUNTEERED'] }, rollout: { status: 'OPEN' } },
        ],
      },
      select: {
        id: true,
        teamId: true,
        status: true,
        invitedAt: true,
        replyDueAt: true,
        exposureStart: true,
        exposureEnd: true,
        beta: true,
        report: { select: { id: true } },
        rollout: ROLLOUT,
      },
      orderBy: [{ replyDueAt: { sort: 'asc', nulls: 'last' } }, { invitedAt: 'asc' }],
    }),
  ]);
  return teams.map((team) => {
    const mine = participations.filter((participation) => participation.teamId === team.id);
    const taking = mine.filter((participation) => participation.status === 'ACCEPTED' || participation.status === 'VOLUNTEERED');
    return {
      ...team,
      commitments: [...team.commitments].sort((a, b) => a.component.stack.name.localeCompare(b.component.stack.name) || a.component.name.localeCompare(b.component.name)),
      invitations: mine.filter((participation) => participation.status === 'INVITED'),
      inProgress: taking,
      reportsDue: taking.filter((participation) => !participation.report),
    };
  });
}

export type MyTeam = Awaited<ReturnType<typeof getMyTeams>>[number];
