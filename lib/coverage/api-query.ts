// Reads the coverage filters of a JSON API request strictly: a malformed parameter is a 400 naming it
// (the pages, by contrast, drop it so that an old bookmark still opens).
import { ValidationError } from '@/lib/errors';
import { type CoverageQuery, parseCoverageQuery } from './schemas';

export function readApiCoverageQuery(searchParams: URLSearchParams): CoverageQuery {
  const query = parseCoverageQuery(searchParams);
  if (query.invalid.length) {
    const fieldErrors = Object.fromEntries(query.invalid.map((key) => [key, [`Invalid value for "${key}".`]]));
    throw new ValidationError(`Invalid query parameter(s): ${query.invalid.join(', ')}.`, fieldErrors);
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
