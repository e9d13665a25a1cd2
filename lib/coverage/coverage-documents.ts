// GET /api/v1/coverage's answers as finished text, JSON or CSV, cached and shared like the data they
// are built from. Why text: a cached value is decoded from the Flight format on every read, and the
// whole matrix with every cell's team names is thousands of objects; one string decodes at once. The
// answer for 1,000 components then costs about what its SQL does (README, "Bare SQL").
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import { matrixCsv } from './coverage-csv';
import { coverageJson } from './coverage-json';
import { COVERAGE_TABLES } from './coverage-tables';
import { getCoverageDetail } from './get-coverage-detail';
import type { CoverageFilter } from './types';

/** The JSON body of GET /api/v1/coverage for this filter. */
export async function getCoverageJsonText(filter: CoverageFilter, includeRetired: boolean): Promise<string> {
  'use cache';
  cacheTables(...COVERAGE_TABLES);
  const { coverage, names } = await getCoverageDetail(filter);
  return JSON.stringify({ filter, ...coverageJson(coverage, { names, includeRetired }) });
}

/** The matrix CSV (without the byte-order mark the download adds) for this filter. */
export async function getCoverageCsvText(filter: CoverageFilter, includeRetired: boolean): Promise<string> {
  'use cache';
  cacheTables(...COVERAGE_TABLES);
  const { coverage, names } = await getCoverageDetail(filter);
  return matrixCsv(coverage, names, includeRetired);
}
