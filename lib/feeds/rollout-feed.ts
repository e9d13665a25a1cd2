// The feed of staged rollouts in progress (New or Open): the releases coming to production soon, each
// with its readiness to be accepted (Ready, Waiting, Held; stalled; an auto-accept notice running) from
// lib/readiness.
import 'server-only';
import { db } from '@/lib/db/client';
import { byPublishedDesc, publishedAfterEmbargo, rolloutVisibleWhere } from '@/lib/embargo/visibility';
import { appUrl } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { formatDateTime } from '@/lib/format';
import { readinessOfOpenRollouts } from '@/lib/readiness/open-readiness';
import type { Feed } from './feed-types';

const READINESS_WORDS = { READY: 'Ready to accept', WAITING: 'Waiting for evidence', HELD: 'HELD (a blocker finding or a REJECT report)' } as const;

export async function rolloutsInProgressFeed(selfPath: string): Promise<Feed> {
  const rollouts = await db.rollout.findMany({
    where: { status: { in: ['NEW', 'OPEN'] }, ...rolloutVisibleWhere(null) }, // feeds are public: nothing embargoed
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    take: 100,
    include: {
      owner: { select: { name: true } },
      releaseItem: { select: { release: { select: { embargoedUntil: true, stack: { select: { name: true } } } } } },
      participations: { select: { status: true, team: { select: { name: true } } } },
    },
  });
  const readiness = await readinessOfOpenRollouts(new Date(), rollouts.map((rollout) => rollout.id));
  const entries = rollouts.map((rollout) => {
    const { embargoedUntil } = rollout.releaseItem.release;
    const state = readiness.get(rollout.id)?.state;
    const stalled = readiness.get(rollout.id)?.stalled ?? false;
    const testing = rollout.participations.filter((p) => p.status === 'ACCEPTED' || p.status === 'VOLUNTEERED').map((p) => p.team.name);
    const invited = rollout.participations.filter((p) => p.status === 'INVITED').length;
    return {
      id: `rollout-${rollout.number}`,
      title: rollout.title,
      url: appUrl(rolloutPath(rollout)),
      summary: [
        `Status: ${rollout.status === 'NEW' ? 'New, waiting for a manager' : 'Open'}.`,
        state ? `Readiness: ${READINESS_WORDS[state]}.` : '',
        stalled ? 'Stalled: nothing left to wait for and not enough evidence; the manager calls for volunteers, extends or rejects.' : '',
        rollout.autoAcceptNoticeAt
          ? `Auto-accept notice since ${formatDateTime(rollout.autoAcceptNoticeAt, 'UTC')}: it resolves ACCEPT by itself at the end of the notice unless a finding, a REJECT report, a hold or a policy change comes first.`
          : '',
        rollout.owner ? `Manager: ${rollout.owner.name}.` : '',
        testing.length ? `Early Adopters testing: ${testing.join(', ')}.` : 'No Early Adopter team has accepted yet.',
        invited ? `${invited} invitation(s) awaiting a reply.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      published: publishedAfterEmbargo(rollout.createdAt, embargoedUntil),
      updated: publishedAfterEmbargo(rollout.assignedAt && rollout.assignedAt > rollout.createdAt ? rollout.assignedAt : rollout.createdAt, embargoedUntil),
      author: rollout.owner?.name,
      categories: [rollout.releaseItem.release.stack.name],
    };
  });
  return {
    title: 'Staged rollouts in progress',
    description: 'Releases being tested in production by Early Adopter sites before they reach every site.',
    pageUrl: appUrl('/rollouts'),
    selfUrl: appUrl(selfPath),
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0)),
    entries: byPublishedDesc(entries),
  };
}
