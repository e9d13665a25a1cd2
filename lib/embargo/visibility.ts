// Who may see an embargoed security release, as one Prisma `where` (and its SQL twin for the hand-written
// list queries). Every read of releases, release items, rollouts and what hangs off them (participations,
// reports, findings, comments, documents, outbox messages) goes through these builders, so a page, the API,
// a feed, an export or a count cannot forget the embargo. Until `embargoedUntil` passes, a release is seen by
// admins, coordinators, the managers of its stack, the members of the teams invited to one of its rollouts,
// and the person who submitted it; everyone else (and an anonymous feed reader) sees nothing of it.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Principal } from '@/lib/auth/authorize';

/** The reader: a signed-in principal, or null for anonymous readers (feeds, public mailing lists). */
export type Viewer = Pick<Principal, 'id' | 'roles' | 'teamIds' | 'managedStackIds'> | null;

/** Admins and coordinators see every embargoed release. */
export function seesAllEmbargoed(viewer: Viewer): boolean {
  return !!viewer && viewer.roles.some((role) => role === 'admin' || role === 'coordinator');
}

export function releaseVisibleWhere(viewer: Viewer, now: Date = new Date()): Prisma.ReleaseWhereInput {
  if (seesAllEmbargoed(viewer)) return {};
  const allowed: Prisma.ReleaseWhereInput[] = [{ embargoedUntil: null }, { embargoedUntil: { lte: now } }];
  if (viewer) {
    allowed.push({ submittedById: viewer.id });
    if (viewer.managedStackIds.length) allowed.push({ stackId: { in: [...viewer.managedStackIds] } });
    if (viewer.teamIds.length) {
      allowed.push({ items: { some: { rollout: { participations: { some: { teamId: { in: [...viewer.teamIds] } } } } } } });
    }
  }
  return { OR: allowed };
}

export function releaseItemVisibleWhere(viewer: Viewer, now: Date = new Date()): Prisma.ReleaseItemWhereInput {
  return seesAllEmbargoed(viewer) ? {} : { release: releaseVisibleWhere(viewer, now) };
}

export function rolloutVisibleWhere(viewer: Viewer, now: Date = new Date()): Prisma.RolloutWhereInput {
  return seesAllEmbargoed(viewer) ? {} : { releaseItem: releaseItemVisibleWhere(viewer, now) };
}

/** For participations, findings, comments and documents: rows of a rollout the viewer may see. */
export function underVisibleRollout(viewer: Viewer, now: Date = new Date()): { rollout?: Prisma.RolloutWhereInput } {
  return seesAllEmbargoed(viewer) ? {} : { rollout: rolloutVisibleWhere(viewer, now) };
}

/** The same rule over a release aliased `relAlias` in raw SQL (the rollouts list, the teams table). */
export function releaseVisibleSql(viewer: Viewer, relAlias: string, now: Date = new Date()): Prisma.Sql {
  if (seesAllEmbargoed(viewer)) return Prisma.sql`TRUE`;
  const rel = Prisma.raw(`"${relAlias.replace(/"/g, '')}"`);
  const allowed: Prisma.Sql[] = [Prisma.sql`${rel}."embargoedUntil" IS NULL`, Prisma.sql`${rel}."embargoedUntil" <= ${now}`];
  if (viewer) {
    allowed.push(Prisma.sql`${rel}."submittedById" = ${viewer.id}`);
    if (viewer.managedStackIds.length) allowed.push(Prisma.sql`${rel}."stackId" IN (${Prisma.join([...viewer.managedStackIds])})`);
    if (viewer.teamIds.length) {
      allowed.push(Prisma.sql`EXISTS (SELECT 1 FROM "ReleaseItem" vri JOIN "Rollout" vr ON vr."releaseItemId" = vri.id
        JOIN "Participation" vp ON vp."rolloutId" = vr.id
        WHERE vri."releaseId" = ${rel}.id AND vp."teamId" IN (${Prisma.join([...viewer.teamIds])}))`);
    }
  }
  return Prisma.sql`(${Prisma.join(allowed, ' OR ')})`;
}

/** Whether one loaded release is visible (for a row already read, e.g. an action's target). */
export function isReleaseVisible(
  viewer: Viewer,
  release: { embargoedUntil: Date | null; submittedById: string | null; stackId: string },
  invitedTeamIds: readonly string[],
  now: Date = new Date(),
): boolean {
  if (!release.embargoedUntil || release.embargoedUntil <= now || seesAllEmbargoed(viewer)) return true;
  if (!viewer) return false;
  return (
    release.submittedById === viewer.id ||
    viewer.managedStackIds.includes(release.stackId) ||
    invitedTeamIds.some((teamId) => viewer.teamIds.includes(teamId))
  );
}

/** When mail to a public list may go out: the embargo's end if it is still ahead, else now (undefined). */
export function embargoEnd(embargoedUntil: Date | null, now: Date = new Date()): Date | undefined {
  return embargoedUntil && embargoedUntil > now ? embargoedUntil : undefined;
}

/**
 * When a public feed publishes an entry: its own date, or the embargo's end if that came later (a lift sets
 * `embargoedUntil` to the lift time), so a release or rollout hidden until its lift shows as new then.
 */
export function publishedAfterEmbargo(date: Date, embargoedUntil: Date | null): Date {
  return embargoedUntil && embargoedUntil > date ? embargoedUntil : date;
}

/** Newest first by publication (a lifted entry moves up to its lift). */
export function byPublishedDesc<T extends { published: Date }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => b.published.getTime() - a.published.getTime());
}
