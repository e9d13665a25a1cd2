// The names of the active teams in every cell, aggregated in SQL (array_agg per component x platform),
// for the JSON API and the CSV export, which list them. The matrix page only needs counts.
import 'server-only';
import { db } from '@/lib/db/client';
import { liveCommitments } from './load-coverage-input';
import type { CoverageFilter, CoverageTallies } from './types';

export type CellTeamNames = Map<string, string[]>;

export const namesKey = (componentId: string, platformId: string) => `${componentId}|${platformId}`;

export async function loadCellTeamNames(filter: CoverageFilter): Promise<{ names: CellTeamNames; tallies: CoverageTallies }> {
  // Unordered array_agg lets PostgreSQL hash-aggregate; the short lists are sorted here instead.
  const rows = await db.$queryRaw<{ componentId: string; platformId: string; teams: string[] }[]>`
    SELECT cm."componentId", cm."platformId", array_agg(t.name) AS teams ${liveCommitments(filter)} GROUP BY 1, 2`;
  for (const row of rows) row.teams.sort();
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
