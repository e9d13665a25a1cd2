// The JSON shapes of GET /api/v1/coverage and /api/v1/coverage/summary, pure: documented field names
// that scripts can rely on, independent of the page's internal types.
import { describeCoverage } from './summary-text';
import type { Coverage, CoverageRow, CoverageSummary, PlatformRef } from './types';

export const platformLabel = (p: Pick<PlatformRef, 'os' | 'arch'>) => `${p.os} ${p.arch}`;

function rowJson(row: CoverageRow, platforms: PlatformRef[], names?: ReadonlyMap<string, string[]>) {
  return {
    id: row.componentId,
    name: row.name,
    stack: row.stack.slug,
    stackName: row.stack.name,
    provider: row.stack.provider,
    capability: row.capability,
    retired: row.retired,
    teams: row.total,
    status: row.level,
    platforms: row.cells.flatMap((cell, i) => {
      if (!cell) return [];
      const platform = platforms[i]!;
      return [
        {
          platform: platformLabel(platform),
          os: platform.os,
          arch: platform.arch,
          shipped: cell.shipped,
          teams: cell.teams,
          status: cell.level,
          ...(names ? { committedTeams: names.get(`${row.componentId}|${cell.platformId}`) ?? [] } : {}),
        },
      ];
    }),
  };
}

export function coverageJson(coverage: Coverage, options: { names?: ReadonlyMap<string, string[]>; includeRetired?: boolean } = {}) {
  const rows = coverage.stacks.flatMap((group) => group.rows);
  if (options.includeRetired) rows.push(...coverage.retired);
  return {
    target: coverage.target,
    platforms: coverage.platforms.map((p) => ({ platform: platformLabel(p), os: p.os, arch: p.arch })),
    components: rows.map((row) => rowJson(row, coverage.platforms, options.names)),
  };
}

function summaryJson(label: string, summary: CoverageSummary) {
  return {
    total: summary.total,
    covered: summary.covered,
    coveredWithRedundancy: summary.coveredWithRedundancy,
    belowTarget: summary.belowTarget,
    missing: summary.missing,
    redundancyShare: Math.round(summary.redundancyShare * 1000) / 1000,
    text: describeCoverage(label, summary),
  };
}

export function coverageSummaryJson(coverage: Coverage) {
  return {
    target: coverage.target,
    stacks: coverage.stacks.map((group) => ({ stack: group.stack.slug, name: group.stack.name, provider: group.stack.provider, ...summaryJson(group.stack.name, group.summary) })),
    providers: coverage.providers.map((p) => ({ provider: p.provider, stacks: p.stacks, ...summaryJson(p.provider, p.summary) })),
    overall: summaryJson('', coverage.overall),
  };
}
