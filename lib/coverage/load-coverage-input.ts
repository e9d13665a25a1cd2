// Reads what computeCoverage needs, aggregating in SQL (GROUP BY) so that 1,000 components x 20
// platforms x 2,000 teams stay fast: the catalogue rows, and per cell / per component counts of active
// teams, never the commitments themselves. Filters are applied in SQL too (and again, harmlessly, in
// the pure computation, which owns their meaning).
import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { comparePlatforms } from './compute-coverage';
import type { CoverageComponentInput, CoverageFilter, CoverageTallies, PlatformRef } from './types';

export async function loadPlatforms(): Promise<PlatformRef[]> {
  const platforms = await db.platform.findMany({ select: { id: true, os: true, arch: true } });
  return platforms.sort(comparePlatforms);
}

/** Stack and capability conditions on `c` (Component) and `s` (Stack). */
export function catalogueWhere(filter: CoverageFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.stack) conditions.push(Prisma.sql`s.slug = ${filter.stack}`);
  if (filter.capability) conditions.push(Prisma.sql`c.capability::text = ${filter.capability}`);
  return Prisma.join(conditions, ' AND ');
}

interface ComponentRow {
  id: string;
  name: string;
  capability: string;
  retiredAt: Date | null;
  stackId: string;
  slug: string;
  stackName: string;
  provider: string;
  platformIds: string[] | null;
}

export async function loadComponents(filter: CoverageFilter): Promise<CoverageComponentInput[]> {
  const rows = await db.$queryRaw<ComponentRow[]>`
    SELECT c.id, c.name, c.capability::text AS capability, c."retiredAt", s.id AS "stackId", s.slug, s.name AS "stackName",
           tp.name AS provider,
           (SELECT array_agg(cp."platformId") FROM "ComponentPlatform" cp WHERE cp."componentId" = c.id) AS "platformIds"
    FROM "Component" c
    JOIN "Stack" s ON s.id = c."stackId"
    JOIN "TechnologyProvider" tp ON tp.id = s."providerId"
    WHERE ${catalogueWhere(filter)}`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    capability: row.capability,
    retiredAt: row.retiredAt,
    stack: { id: row.stackId, slug: row.slug, name: row.stackName, provider: row.provider },
    platformIds: row.platformIds ?? [],
  }));
}

/** OS and arch conditions on `p` (Platform). */
function platformWhere(filter: CoverageFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.os) conditions.push(Prisma.sql`p.os = ${filter.os}`);
  if (filter.arch) conditions.push(Prisma.sql`p.arch = ${filter.arch}`);
  return Prisma.join(conditions, ' AND ');
}

/** The active commitments a filter covers: FROM/JOIN/WHERE shared by the two tallies. */
export function liveCommitments(filter: CoverageFilter): Prisma.Sql {
  const catalogue = filter.stack || filter.capability;
  const platform = filter.os || filter.arch;
  return Prisma.sql`
    FROM "Commitment" cm
    JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL
    ${catalogue ? Prisma.sql`JOIN "Component" c ON c.id = cm."componentId" JOIN "Stack" s ON s.id = c."stackId" AND ${catalogueWhere(filter)}` : Prisma.empty}
    ${platform ? Prisma.sql`JOIN "Platform" p ON p.id = cm."platformId" AND ${platformWhere(filter)}` : Prisma.empty}`;
}

/**
 * Active teams per (component, platform) and distinct active teams per component, over the platforms
 * the filter shows. Two hash aggregates run side by side on two connections: count(DISTINCT) or
 * GROUPING SETS would sort every commitment, several times slower at 20,000 rows.
 */
export async function loadTallies(filter: CoverageFilter): Promise<CoverageTallies> {
  const from = liveCommitments(filter);
  const [cells, totals] = await Promise.all([
    db.$queryRaw<{ componentId: string; platformId: string; teams: number }[]>`
      SELECT cm."componentId", cm."platformId", count(*)::int AS teams ${from} GROUP BY 1, 2`,
    db.$queryRaw<{ componentId: string; teams: number }[]>`
      SELECT "componentId", count(*)::int AS teams
      FROM (SELECT DISTINCT cm."componentId", cm."teamId" ${from}) pairs GROUP BY 1`,
  ]);
  return { cells, totals };
}

export interface CoverageInput {
  platforms: PlatformRef[];
  components: CoverageComponentInput[];
  tallies: CoverageTallies;
}

/** Everything computeCoverage needs for a filter, in parallel queries. */
export async function loadCoverageInput(filter: CoverageFilter): Promise<CoverageInput> {
  const [platforms, components, tallies] = await Promise.all([loadPlatforms(), loadComponents(filter), loadTallies(filter)]);
  return { platforms, components, tallies };
}
