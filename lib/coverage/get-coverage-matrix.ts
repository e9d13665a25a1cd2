// The data of the coverage matrix page (and of the JSON summary): the computed coverage for a filter,
// the redundancy target with its version (for the edit form), and the filter choices. The same for
// every signed-in user, so each result is cached and shared (lib/cache) until a table it reads changes.
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import { Capability } from '@/lib/generated/prisma/enums';
import { byText, computeCoverage } from './compute-coverage';
import { type CoverageTargetSetting, getCoverageTarget } from './coverage-target';
import { loadCoverageInput, loadPlatforms } from './load-coverage-input';
import type { Coverage, CoverageFilter, PlatformRef } from './types';

export interface CoverageFilterOptions {
  stacks: { slug: string; name: string }[];
  capabilities: string[];
  oses: string[];
  arches: string[];
}

export interface CoverageMatrixData {
  coverage: Coverage;
  setting: CoverageTargetSetting;
  options: CoverageFilterOptions;
}

function filterOptions(stacks: { slug: string; name: string }[], platforms: PlatformRef[]): CoverageFilterOptions {
  const unique = (values: string[]) => [...new Set(values)].sort(byText);
  return {
    stacks,
    capabilities: Object.values(Capability),
    oses: unique(platforms.map((p) => p.os)),
    arches: unique(platforms.map((p) => p.arch)),
  };
}

/** The filter choices alone (the gap list page). */
export async function getCoverageFilterOptions(): Promise<CoverageFilterOptions> {
  'use cache';
  cacheTables('Stack', 'Platform');
  const [stacks, platforms] = await Promise.all([db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }), loadPlatforms()]);
  return filterOptions(stacks, platforms);
}

export async function getCoverageMatrix(filter: CoverageFilter): Promise<CoverageMatrixData> {
  'use cache';
  cacheTables('Component', 'ComponentPlatform', 'Stack', 'TechnologyProvider', 'Platform', 'Commitment', 'Team', 'Setting');
  const [input, setting, stacks] = await Promise.all([
    loadCoverageInput(filter),
    getCoverageTarget(),
    db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  const coverage = computeCoverage({ components: input.components, platforms: input.platforms, tallies: input.tallies, target: setting.target, filter });
  return { coverage, setting, options: filterOptions(stacks, input.platforms) };
}
