// The JSON shapes of GET /api/v1/coverage and /api/v1/coverage/summary, pure: documented field names
// that scripts can rely on, independent of the page's internal types. Each shape is a zod schema: the
// builders are typed by it, the OpenAPI description documents it (test/api/openapi-responses.test.ts).
import { z } from 'zod';
import { describeCoverage } from './summary-text';
import type { Coverage, CoverageRow, CoverageSummary, PlatformRef } from './types';

const level = z.enum(['missing', 'belowTarget', 'met']);
const ZFilterJson = z.strictObject({ stack: z.string().optional(), capability: z.string().optional(), os: z.string().optional(), arch: z.string().optional() });
const platformEntry = { id: z.string(), platform: z.string(), os: z.string(), arch: z.string() };

export const ZCoverageJson = z.strictObject({
  filter: ZFilterJson,
  target: z.int(),
  platforms: z.array(z.strictObject(platformEntry)),
  components: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      stack: z.string(),
      stackName: z.string(),
      provider: z.string(),
      capability: z.string(),
      retired: z.boolean(),
      teams: z.int(),
      status: level,
      platforms: z.array(z.strictObject({ ...platformEntry, shipped: z.boolean(), teams: z.int(), status: level, committedTeams: z.array(z.string()).optional() })),
    }),
  ),
});

const ZSummaryJson = z.strictObject({
  total: z.int(),
  covered: z.int(),
  coveredWithRedundancy: z.int(),
  belowTarget: z.int(),
  missing: z.int(),
  redundancyShare: z.number(),
  text: z.string(),
});

export const ZCoverageSummaryJson = z.strictObject({
  filter: ZFilterJson,
  target: z.int(),
  stacks: z.array(ZSummaryJson.extend({ stack: z.string(), name: z.string(), provider: z.string() })),
  providers: z.array(ZSummaryJson.extend({ provider: z.string(), stacks: z.array(z.string()) })),
  overall: ZSummaryJson,
});

type CoverageJson = Omit<z.infer<typeof ZCoverageJson>, 'filter'>;
export type CoverageSummaryJson = Omit<z.infer<typeof ZCoverageSummaryJson>, 'filter'>;

export const platformLabel = (p: Pick<PlatformRef, 'os' | 'arch'>) => `${p.os} ${p.arch}`;

function rowJson(row: CoverageRow, platforms: PlatformRef[], names?: ReadonlyMap<string, string[]>): CoverageJson['components'][number] {
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
          id: platform.id,
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

export function coverageJson(coverage: Coverage, options: { names?: ReadonlyMap<string, string[]>; includeRetired?: boolean } = {}): CoverageJson {
  const rows = coverage.stacks.flatMap((group) => group.rows);
  if (options.includeRetired) rows.push(...coverage.retired);
  return {
    target: coverage.target,
    platforms: coverage.platforms.map((p) => ({ id: p.id, platform: platformLabel(p), os: p.os, arch: p.arch })),
    components: rows.map((row) => rowJson(row, coverage.platforms, options.names)),
  };
}

function summaryJson(label: string, summary: CoverageSummary): z.infer<typeof ZSummaryJson> {
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

export function coverageSummaryJson(coverage: Coverage): CoverageSummaryJson {
  return {
    target: coverage.target,
    stacks: coverage.stacks.map((group) => ({ stack: group.stack.slug, name: group.stack.name, provider: group.stack.provider, ...summaryJson(group.stack.name, group.summary) })),
    providers: coverage.providers.map((p) => ({ provider: p.provider, stacks: p.stacks, ...summaryJson(p.provider, p.summary) })),
    overall: summaryJson('', coverage.overall),
  };
}
