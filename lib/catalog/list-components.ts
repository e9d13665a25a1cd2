// The components table: filters (stack, capability, platform shipped on, live/retired, text), sorting
// on counts (platforms, committed teams, versions) in SQL, then the page's details through Prisma. Versions
// (count and latest) are the releases the viewer may see: an embargoed one only counts for its circle (lib/embargo).
import 'server-only';
import { clampPage, type Page } from '@/lib/lists/page';
import { likeContains } from '@/lib/db/like';
import { db } from '@/lib/db/client';
import { releaseVisibleSql, releaseVisibleWhere, type Viewer } from '@/lib/embargo/visibility';
import { type Capability, Prisma } from '@/lib/generated/prisma/client';
import type { ComponentSort, ComponentTableState } from './table-params';

export interface ComponentRow {
  id: string;
  name: string;
  description: string;
  capability: Capability;
  stack: { id: string; slug: string; name: string };
  provider: string;
  createdAt: Date;
  retiredAt: Date | null;
  version: number;
  gocdbServiceType: string | null;
  platforms: { id: string; os: string; arch: string }[];
  counts: { platforms: number; teams: number; versions: number };
  latestVersion: string | null;
}

const PLATFORMS = Prisma.sql`(SELECT count(*) FROM "ComponentPlatform" cp WHERE cp."componentId" = k.id)`;
const TEAMS = Prisma.sql`(SELECT count(DISTINCT c."teamId") FROM "Commitment" c JOIN "Team" t ON t.id = c."teamId" WHERE c."componentId" = k.id AND t."retiredAt" IS NULL)`;
const versionsSql = (viewer: Viewer) => Prisma.sql`(SELECT count(*) FROM "Release" r WHERE r."componentId" = k.id AND ${releaseVisibleSql(viewer, 'r')})`;
const sorts = (viewer: Viewer): Record<ComponentSort, Prisma.Sql> => ({
  name: Prisma.sql`lower(k.name)`,
  stack: Prisma.sql`lower(st.name)`,
  capability: Prisma.sql`k.capability::text`,
  platforms: PLATFORMS,
  teams: TEAMS,
  versions: versionsSql(viewer),
  createdAt: Prisma.sql`k."createdAt"`,
});

/** `only.id`: this one component whatever the filters say (the API's detail is the list's row). */
function componentWhere(filters: ComponentTableState['filters'], only: { id?: string }): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (only.id) return Prisma.sql`WHERE k.id = ${only.id}`;
  const status = filters.status ?? 'live';
  if (status === 'live') conditions.push(Prisma.sql`k."retiredAt" IS NULL`);
  if (status === 'retired') conditions.push(Prisma.sql`k."retiredAt" IS NOT NULL`);
  if (filters.stack) conditions.push(Prisma.sql`st.slug = ${filters.stack}`);
  if (filters.capability) conditions.push(Prisma.sql`k.capability::text = ${filters.capability}`);
  const platform: Prisma.Sql[] = [];
  if (filters.os) platform.push(Prisma.sql`pl.os = ${filters.os}`);
  if (filters.arch) platform.push(Prisma.sql`pl.arch = ${filters.arch}`);
  if (platform.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ComponentPlatform" cp JOIN "Platform" pl ON pl.id = cp."platformId" WHERE cp."componentId" = k.id AND ${Prisma.join(platform, ' AND ')})`);
  }
  if (filters.q) {
    const like = likeContains(filters.q);
    conditions.push(Prisma.sql`(k.name ILIKE ${like} OR k.description ILIKE ${like} OR st.name ILIKE ${like})`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

const FROM = Prisma.sql`"Component" k JOIN "Stack" st ON st.id = k."stackId"`;

export async function listComponents(state: ComponentTableState, viewer: Viewer, only: { id?: string } = {}): Promise<Page<ComponentRow>> {
  const where = componentWhere(state.filters, only);
  const counted = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${FROM} ${where}`;
  const total = counted[0]?.total ?? 0;
  const page = clampPage(state.page, total, state.perPage);
  if (total === 0) return { rows: [], total, page, perPage: state.perPage };
  const direction = Prisma.raw(state.dir === 'desc' ? 'DESC' : 'ASC');
  const ids = await db.$queryRaw<{ id: string; platforms: number; teams: number; versions: number }[]>`
    SELECT k.id, ${PLATFORMS}::int AS platforms, ${TEAMS}::int AS teams, ${versionsSql(viewer)}::int AS versions
    FROM ${FROM} ${where}
    ORDER BY ${sorts(viewer)[state.sort as ComponentSort]} ${direction}, lower(st.name), lower(k.name), k.id
    LIMIT ${state.perPage} OFFSET ${(page - 1) * state.perPage}`;
  const components = await db.component.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    include: {
      stack: { select: { id: true, slug: true, name: true, provider: { select: { name: true } } } },
      platforms: { select: { platform: { select: { id: true, os: true, arch: true } } } },
      releases: { where: releaseVisibleWhere(viewer), select: { productVersion: true }, orderBy: { submittedAt: 'desc' }, take: 1 },
    },
  });
  const byId = new Map(components.map((component) => [component.id, component]));
  const rows = ids.flatMap((counts) => {
    const component = byId.get(counts.id);
    if (!component) return [];
    return [
      {
        id: component.id,
        name: component.name,
        description: component.description,
        capability: component.capability,
        stack: { id: component.stack.id, slug: component.stack.slug, name: component.stack.name },
        provider: component.stack.provider.name,
        createdAt: component.createdAt,
        retiredAt: component.retiredAt,
        version: component.version,
        gocdbServiceType: component.gocdbServiceType,
        platforms: component.platforms.map((link) => link.platform).sort((a, b) => a.os.localeCompare(b.os) || a.arch.localeCompare(b.arch)),
        counts: { platforms: counts.platforms, teams: counts.teams, versions: counts.versions },
        latestVersion: component.releases[0]?.productVersion ?? null,
      },
    ];
  });
  return { rows, total, page, perPage: state.perPage };
}
