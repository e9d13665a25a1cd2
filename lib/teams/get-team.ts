// Everything the team page shows: details, members (with where each membership comes from), contacts,
// commitments, and the rollouts the team was invited to or took part in.
import 'server-only';
import { db } from '@/lib/db/client';
import { underVisibleRollout, type Viewer } from '@/lib/embargo/visibility';

export async function getTeamByName(name: string, viewer: Viewer) {
  const team = await db.team.findUnique({
    where: { name },
    include: {
      site: { include: { ngi: true } },
      group: {
        include: {
          memberships: {
            include: { user: { select: { id: true, name: true, email: true, oidcSubject: true, lastLoginAt: true } } },
            orderBy: { createdAt: 'asc' },
          },
        },
      },
      contacts: { orderBy: { email: 'asc' } },
      commitments: {
        include: { component: { include: { stack: { include: { provider: true } } } }, platform: true },
      },
      participations: {
        where: underVisibleRollout(viewer),
        include: {
          rollout: { select: { number: true, title: true, status: true, outcome: true, createdAt: true, resolvedAt: true } },
          report: { select: { id: true, submittedAt: true, recommendation: true } },
        },
        orderBy: { invitedAt: 'desc' },
        take: 200,
      },
    },
  });
  if (!team) return null;
  const commitments = [...team.commitments].sort(
    (a, b) =>
      a.component.stack.name.localeCompare(b.component.stack.name) ||
      a.component.name.localeCompare(b.component.name) ||
      a.platform.os.localeCompare(b.platform.os) ||
      a.platform.arch.localeCompare(b.platform.arch),
  );
  const memberships = [...(team.group?.memberships ?? [])].sort((a, b) => a.user.name.localeCompare(b.user.name) || a.source.localeCompare(b.source));
  return { ...team, commitments, memberships };
}

export type TeamDetail = NonNullable<Awaited<ReturnType<typeof getTeamByName>>>;

/** Live components of live stacks with the live platforms each ships on, for the "add commitment" form. */
export async function listCommitmentChoices() {
  const components = await db.component.findMany({
    where: { retiredAt: null, stack: { retiredAt: null } },
    select: { id: true, name: true, stack: { select: { name: true } }, platforms: { where: { platform: { retiredAt: null } }, select: { platform: { select: { id: true, os: true, arch: true } } } } },
    orderBy: [{ stack: { name: 'asc' } }, { name: 'asc' }],
  });
  return components.map((component) => ({
    id: component.id,
    name: component.name,
    stack: component.stack.name,
    platforms: component.platforms
      .map((link) => link.platform)
      .sort((a, b) => a.os.localeCompare(b.os) || a.arch.localeCompare(b.arch)),
  }));
}

export type CommitmentChoice = Awaited<ReturnType<typeof listCommitmentChoices>>[number];

/** The NGIs not retired (and `keepId`, a team's own, even retired) with the sites already known, for the create/edit team form. */
export async function listNgisWithSites(keepId?: string) {
  return db.ngi.findMany({
    where: { OR: [{ retiredAt: null }, ...(keepId ? [{ id: keepId }] : [])] },
    select: {
      id: true,
      code: true,
      name: true,
      gocdbName: true,
      sites: { select: { name: true, gocdbKey: true, gocdbRemovedAt: true, team: { select: { name: true } } }, orderBy: { name: 'asc' } },
    },
    orderBy: { code: 'asc' },
  });
}
