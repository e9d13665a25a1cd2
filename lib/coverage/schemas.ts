// Input of the coverage pages, API and setting: URL filters (shareable, so they live in the query
// string) and the redundancy target form. Unknown or malformed filter values are dropped, not errors:
// a stale bookmark should still open the page.
import { z } from 'zod';
import { Capability } from '@/lib/generated/prisma/enums';
import type { CoverageFilter } from './types';

export const MIN_TARGET = 1;
export const MAX_TARGET = 10;

const token = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/);

export interface CoverageQuery {
  filter: CoverageFilter;
  page: number;
  showRetired: boolean;
  /** Parameters given but malformed (dropped; the JSON API reports them as a 400). */
  invalid: string[];
}

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParamsLike, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === null || first === undefined || first === '' ? undefined : first;
}

function optional<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function parseCoverageQuery(params: SearchParamsLike): CoverageQuery {
  const filter: CoverageFilter = {};
  const invalid: string[] = [];
  const take = <T>(key: string, schema: z.ZodType<T>, transform = (v: string) => v): T | undefined => {
    const raw = read(params, key);
    const value = optional(schema, raw === undefined ? undefined : transform(raw));
    if (raw !== undefined && value === undefined) invalid.push(key);
    return value;
  };
  const stack = take('stack', token);
  const capability = take('capability', z.enum(Object.values(Capability) as [string, ...string[]]), (v) => v.toUpperCase());
  const os = take('os', token);
  const arch = take('arch', token);
  if (stack) filter.stack = stack;
  if (capability) filter.capability = capability;
  if (os) filter.os = os;
  if (arch) filter.arch = arch;
  const page = take('page', z.coerce.number().int().min(1).max(100_000)) ?? 1;
  const showRetired = read(params, 'retired') === '1';
  return { filter, page, showRetired, invalid };
}

/** The query string of a filter (for links that keep the current filters). */
export function coverageQueryString(query: Partial<Omit<CoverageQuery, 'invalid'>>, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  const { filter = {} } = query;
  for (const key of ['stack', 'capability', 'os', 'arch'] as const) if (filter[key]) params.set(key, filter[key]!);
  if (query.showRetired) params.set('retired', '1');
  if (query.page && query.page > 1) params.set('page', String(query.page));
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const ZCoverageTarget = z.object({
  target: z.coerce
    .number({ error: 'Enter a number of teams.' })
    .int('Enter a whole number of teams.')
    .min(MIN_TARGET, `At least ${MIN_TARGET} team.`)
    .max(MAX_TARGET, `At most ${MAX_TARGET} teams.`),
  version: z.coerce.number().int().min(0),
});
export type CoverageTargetInput = z.infer<typeof ZCoverageTarget>;

/** GET /api/v1/coverage/target's answer (the OpenAPI response). */
export const ZCoverageTargetJson = z.strictObject({ target: z.int(), version: z.int(), updatedAt: z.iso.datetime().nullable() });
