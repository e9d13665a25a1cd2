// Reads the coverage filters of a JSON API request strictly: an unknown parameter, a malformed value, or a
// stack, OS or architecture the catalogue does not have is a 400 naming the allowed values (the pages, by
// contrast, drop it so that an old bookmark still opens).
import 'server-only';
import { refuseUnknownParams, requireOneOf } from '@/lib/api/strict-query';
import { db } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { type CoverageQuery, parseCoverageQuery } from './schemas';

const FILTERS = ['stack', 'capability', 'os', 'arch'] as const;

/** `extra`: the parameters this route takes besides the filters (page, retired, format). */
export async function readApiCoverageQuery(searchParams: URLSearchParams, extra: readonly string[] = []): Promise<CoverageQuery> {
  refuseUnknownParams(searchParams, [...FILTERS, ...extra]);
  const query = parseCoverageQuery(searchParams);
  if (query.invalid.length) {
    const fieldErrors = Object.fromEntries(query.invalid.map((key) => [key, [`Invalid value for "${key}".`]]));
    throw new ValidationError(`Invalid query parameter(s): ${query.invalid.join(', ')}.`, fieldErrors);
  }
  requireOneOf('retired', searchParams.get('retired') ?? undefined, ['0', '1']);
  requireOneOf('format', searchParams.get('format')?.toLowerCase(), ['json', 'csv']);
  const { stack, os, arch } = query.filter;
  if (stack || os || arch) {
    const [stacks, platforms] = await Promise.all([db.stack.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } }), db.platform.findMany({ select: { os: true, arch: true } })]);
    requireOneOf('stack', stack, stacks.map((s) => s.slug));
    requireOneOf('os', os, [...new Set(platforms.map((p) => p.os))].sort());
    requireOneOf('arch', arch, [...new Set(platforms.map((p) => p.arch))].sort());
  }
  return query;
}

export function wantsCsv(searchParams: URLSearchParams): boolean {
  return searchParams.get('format')?.toLowerCase() === 'csv';
}

/** "coverage-matrix-2026-11-25.csv" */
export function csvFileName(kind: 'matrix' | 'gaps', now = new Date()): string {
  return `coverage-${kind}-${now.toISOString().slice(0, 10)}.csv`;
}
