// The names of the active teams in every cell, aggregated in SQL (array_agg per component x platform),
// for the JSON API and the CSV export, which list them. The matrix page only needs counts.
import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { catalogueWhere } from './load-coverage-input';
import type { CoverageFilter, CoverageTallies } from './types';

export type CellTeamNames = Map<string, string[]>;

export const namesKey = (componentId: string, platformId: string) => `${componentId}|${platformId}`;

export async function loadCellTeamNames(filter: CoverageFilter): Promise<{ names: CellTeamNames; tallies: CoverageTallies }> {
  const platform = [Prisma.sql`TRUE`];
  if (filter.os) platform.push(Prisma.sql`p.os = ${filter.os}`);
  if (filter.arch) platform.push(Prisma.sql`p.arch = ${filter.arch}`);
  const rows = await db.$queryRaw<{ componentId: string; platformId: string; teams: string[] }[]>`
    SELECT cm."componentId", cm."platformId", array_agg(t.name ORDER BY t.name) AS teams
    FROM "Commitment" cm
    JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL
    JOIN "Component" c ON c.id = cm."componentId"
    JOIN "Stack" s ON s.id = c."stackId"
    JOIN "Platform" p ON p.id = cm."platformId"
    WHERE ${catalogueWhere(filter)} AND ${Prisma.join(platform, ' AND ')}
    GROUP BY 1, 2`;
  const names: CellTeamNames = new Map();
  const perComponent = new Map<string, Set<string>>();
  for (const row of rows) {
    names.set(namesKey(row.componentId, row.platformId), row.teams);
    const set = perComponent.get(row.componentId) ?? new Set<string>();
    for (const team of row.teams) set.add(team); // team names are unique: a set of names is a set of teams
    perComponent.set(row.componentId, set);
  }
  return {
    names,
    tallies: {
      cells: rows.map((row) => ({ componentId: row.componentId, platformId: row.platformId, teams: row.teams.length })),
      totals: [...perComponent].map(([componentId, set]) => ({ componentId, teams: set.size })),
    },
  };
}
