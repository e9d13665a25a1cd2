// Who may receive mail about an embargoed release: the same people who may see it (visibility.ts), as a
// `where` over users, so subscription fan-out never mails a follower who is not in the embargo's circle.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { ADMINS_GROUP, COORDINATORS_GROUP, MANAGERS_GROUP } from '@/lib/auth/group-names';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface EmbargoedRelease {
  id: string;
  stackId: string;
  submittedById: string | null;
}

/** The release an audit event is about, when it is under embargo at `now`; null otherwise. */
export async function embargoedReleaseOf(
  tx: Tx,
  ref: { rolloutId?: string; entityType: string; entityId: string },
  now: Date,
): Promise<EmbargoedRelease | null> {
  const select = { id: true, stackId: true, submittedById: true, embargoedUntil: true } as const;
  const release = ref.rolloutId
    ? (await tx.rollout.findUnique({ where: { id: ref.rolloutId }, select: { releaseItem: { select: { release: { select } } } } }))?.releaseItem.release
    : ref.entityType === 'Release'
      ? await tx.release.findUnique({ where: { id: ref.entityId }, select })
      : ref.entityType === 'ReleaseItem'
        ? (await tx.releaseItem.findUnique({ where: { id: ref.entityId }, select: { release: { select } } }))?.release
        : null;
  if (!release?.embargoedUntil || release.embargoedUntil <= now) return null;
  return { id: release.id, stackId: release.stackId, submittedById: release.submittedById };
}

/** Users who may see the embargoed release: admins, coordinators, its stack's managers, invited teams' members, its submitter. */
export function embargoAudienceWhere(release: EmbargoedRelease): Prisma.UserWhereInput {
  return {
    OR: [
      { memberships: { some: { group: { name: { in: [ADMINS_GROUP, COORDINATORS_GROUP] } } } } },
      {
        AND: [
          { managedStacks: { some: { stackId: release.stackId } } },
          { memberships: { some: { group: { name: MANAGERS_GROUP } } } },
        ],
      },
      { memberships: { some: { group: { team: { participations: { some: { rollout: { releaseItem: { releaseId: release.id } } } } } } } } },
      ...(release.submittedById ? [{ id: release.submittedById }] : []),
    ],
  };
}
