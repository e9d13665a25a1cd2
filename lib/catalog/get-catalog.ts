// Read side of the catalogue: providers with their stacks, platforms with usage, and one component
// with its platforms, versions (the Release rows, those the viewer may see: an embargoed one only to its
// circle, lib/embargo) and committed teams.
import 'server-only';
import { db } from '@/lib/db/client';
import { releaseVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

export async function getCatalogOverview() {
  const [providers, stacks, platforms, ngis] = await Promise.all([
    db.technologyProvider.findMany({ include: { _count: { select: { stacks: true } } }, orderBy: { name: 'asc' } }),
    db.stack.findMany({ include: { provider: { select: { id: true, name: true } }, _count: { select: { components: { where: { retiredAt: null } } } } }, orderBy: { name: 'asc' } }),
    db.platform.findMany({ include: { _count: { select: { components: true, commitments: true } } }, orderBy: [{ os: 'asc' }, { arch: 'asc' }] }),
    db.ngi.findMany({ select: { id: true, code: true, name: true, version: true, retiredAt: true }, orderBy: { code: 'asc' } }),
  ]);
  return { providers, stacks, platforms, ngis };
}

export type CatalogOverview = Awaited<ReturnType<typeof getCatalogOverview>>;

export async function getComponent(id: string, viewer: Viewer) {
  return db.component.findUnique({
    where: { id },
    include: {
      stack: { include: { provider: true } },
      platforms: { include: { platform: true } },
      releases: {
        where: releaseVisibleWhere(viewer),
        select: {
          id: true,
          number: true,
          umdMajor: true,
          productVersion: true,
          type: true,
          security: true,
          submittedAt: true,
          productionAt: true,
          items: { select: { state: true, platform: { select: { os: true, arch: true } }, rollout: { select: { number: true, status: true, outcome: true } } } },
        },
        orderBy: { submittedAt: 'desc' },
      },
      commitments: { select: { id: true, team: { select: { name: true, retiredAt: true } }, platform: { select: { os: true, arch: true } } }, orderBy: { team: { name: 'asc' } } },
    },
  });
}

export type ComponentDetail = NonNullable<Awaited<ReturnType<typeof getComponent>>>;
