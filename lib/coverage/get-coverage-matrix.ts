// The data of the coverage matrix page (and of the JSON summary): the computed coverage for a filter,
// the redundancy target with its version (for the edit form), and the filter choices. The same for
// every signed-in user, so what the page and the summary route show is cached and shared (lib/cache) until a
// table it reads changes.
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { db } from '@/lib/db/client';
import { Capability } from '@/lib/generated/prisma/enums';
import { byText, computeCoverage } from './compute-coverage';
import { type CoverageSummaryJson, coverageSummaryJson } from './coverage-json';
import { COVERAGE_TABLES } from './coverage-tables';
import { type CoverageTargetSetting, getCoverageTarget } from './coverage-target';
import { loadCoverageInput, loadPlatforms } from './load-coverage-input';
import { type MatrixPage, matrixPage } from './matrix-page';
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

/** The whole matrix for a filter, uncached: the cached views below keep only what their page or route shows. */
export async function getCoverageMatrix(filter: CoverageFilter): Promise<CoverageMatrixData> {
  const [input, setting, stacks] = await Promise.all([
    loadCoverageInput(filter),
    getCoverageTarget(),
    db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  const coverage = computeCoverage({ components: input.components, platforms: input.platforms, tallies: input.tallies, target: setting.target, filter });
  return { coverage, setting, options: filterOptions(stacks, input.platforms) };
}

export interface CoverageMatrixPageData extends CoverageMatrixData {
  /** The rows of this page, grouped by stack; `coverage.stacks` keep their summaries but no rows. */
  page: MatrixPage;
  /** How many retired components there are; their rows are in `coverage.retired` only when asked for. */
  retiredCount: number;
}

/**
 * What the /coverage page shows: the summaries, one page of the matrix and the retired components if asked for.
 * Cached on its own, so a page view reads back a few kilobytes; a cached value is decoded on every read, and the
 * whole matrix of 1,000 components was about a third of a render's time (npm run bench -- load).
 */
export async function getCoverageMatrixPage(filter: CoverageFilter, page: number, showRetired: boolean): Promise<CoverageMatrixPageData> {
  'use cache';
  cacheTables(...COVERAGE_TABLES);
  const data = await getCoverageMatrix(filter);
  const { coverage } = data;
  return {
    ...data,
    coverage: { ...coverage, stacks: coverage.stacks.map((stack) => ({ ...stack, rows: [] })), retired: showRetired ? coverage.retired : [] },
    page: matrixPage(coverage, page),
    retiredCount: coverage.retired.length,
  };
}

/** GET /api/v1/coverage/summary: the summary alone, cached apart for the same reason. */
export async function getCoverageSummary(filter: CoverageFilter): Promise<CoverageSummaryJson> {
  'use cache';
  cacheTables(...COVERAGE_TABLES);
  return coverageSummaryJson((await getCoverageMatrix(filter)).coverage);
}
