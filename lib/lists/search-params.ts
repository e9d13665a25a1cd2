// The URL state of a server-side table: page, page size, sort, hidden columns and filters, parsed from
// the search params by a zod schema whose every field has a .catch() default, so a hand-edited or stale
// URL never fails: it falls back to the default view. Pure (no React, no server-only): the page parses
// with it, the client builds links with it, and the JSON API accepts the same parameters.
import { z } from 'zod';

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface TableParamsConfig<F extends Record<string, z.ZodType<string | undefined>>> {
  /** Column ids the server knows how to sort by. */
  sortable: readonly [string, ...string[]];
  defaultSort: { id: string; dir: 'asc' | 'desc' };
  perPageOptions?: readonly number[];
  defaultPerPage?: number;
  /** Largest page size accepted from the URL even when not offered in the menu (for the API, tests). */
  maxPerPage?: number;
  /** One zod schema per filter; use textFilter()/enumFilter() so bad values become "no filter". */
  filters: F;
}

/** What the page, the client table and the API share: the parsed view. */
export interface TableState {
  page: number;
  perPage: number;
  sort: string;
  dir: 'asc' | 'desc';
  hide: string[];
  filters: Record<string, string | undefined>;
}

/** The values that are left out of URLs (so the default view's URL is just the path). */
export interface TableDefaults {
  perPage: number;
  sort: string;
  dir: 'asc' | 'desc';
}

export const DEFAULT_PER_PAGE_OPTIONS = [10, 25, 50, 100] as const;

/** A free-text filter: trimmed, bounded; empty or invalid means no filter. */
export function textFilter(max = 100) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);
}

/** A filter that must be one of `values` (case-sensitive); anything else means no filter. */
export function enumFilter<const V extends readonly [string, ...string[]]>(values: V) {
  return z.enum(values).optional().catch(undefined);
}

/** A calendar day, `YYYY-MM-DD` (what `<input type="date">` sends); anything else means no filter. */
export function dateFilter() {
  return z.iso.date().optional().catch(undefined);
}

/** A whole number (a rollout number, say), kept as its digits; anything else means no filter. */
export function numberFilter() {
  return z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,8}$/)
    .optional()
    .catch(undefined);
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The values an enum filter accepts, or null for a free-text one. */
function enumValues(schema: z.ZodType): readonly string[] | null {
  let inner: unknown = schema;
  while (inner instanceof z.ZodCatch || inner instanceof z.ZodOptional) inner = inner.unwrap();
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}

/** Why a filter's value is refused, written for people (the schema's .catch() would drop it silently). */
function filterProblem(key: string, schema: z.ZodType, value: unknown): string | null {
  const strict = schema instanceof z.ZodCatch ? (schema.unwrap() as z.ZodType) : schema;
  if (strict.safeParse(value).success) return null;
  const values = enumValues(schema);
  return values ? `${key} must be one of: ${values.join(', ')}.` : `${key} is too long.`;
}

const WHOLE_NUMBER = /^\d{1,9}$/;

export function tableParamsSchema<F extends Record<string, z.ZodType<string | undefined>>>(config: TableParamsConfig<F>) {
  const options = config.perPageOptions ?? DEFAULT_PER_PAGE_OPTIONS;
  const defaultPerPage = config.defaultPerPage ?? options[1] ?? options[0] ?? 25;
  const maxPerPage = config.maxPerPage ?? Math.max(...options);
  const base = z.object({
    page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
    perPage: z.preprocess(first, z.coerce.number().int().min(1).max(maxPerPage)).catch(defaultPerPage),
    sort: z.preprocess(first, z.string().refine((value) => config.sortable.includes(value))).catch(config.defaultSort.id),
    dir: z.preprocess(first, z.enum(['asc', 'desc'])).catch(config.defaultSort.dir),
    hide: z
      .preprocess(first, z.string().max(500))
      .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
      .catch([]),
  });
  const filters = z.object(Object.fromEntries(Object.entries(config.filters).map(([key, schema]) => [key, z.preprocess(first, schema as z.ZodType)])));
  const defaults: TableDefaults = { perPage: defaultPerPage, sort: config.defaultSort.id, dir: config.defaultSort.dir };
  return {
    defaults,
    perPageOptions: options,
    filterKeys: Object.keys(config.filters),
    /** For the API's description: the sort keys, the page-size cap, and each filter's allowed values (null: free text). */
    describe: () => ({
      sortable: config.sortable,
      maxPerPage,
      filters: Object.fromEntries(Object.entries(config.filters).map(([key, schema]) => [key, enumValues(schema)])),
    }),
    /**
     * What the JSON API refuses instead of falling back to the default view: per parameter, why. An unknown
     * parameter, sort key or filter value, a page size over the cap; `extra` names parameters the caller reads itself.
     */
    problems(input: SearchParamsInput, extra: readonly string[] = []): Record<string, string> {
      const raw = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
      const known = ['page', 'perPage', 'sort', 'dir', ...Object.keys(config.filters), ...extra];
      const found: Record<string, string> = {};
      for (const key of Object.keys(raw)) if (!known.includes(key)) found[key] = `Unknown parameter ${key}; this list accepts: ${known.join(', ')}.`;
      const value = (key: string) => first(raw[key]) as string | undefined;
      const page = value('page');
      if (page !== undefined && !(WHOLE_NUMBER.test(page) && Number(page) >= 1 && Number(page) <= 1_000_000)) found.page = 'page must be a whole number from 1.';
      const perPage = value('perPage');
      if (perPage !== undefined && !(WHOLE_NUMBER.test(perPage) && Number(perPage) >= 1 && Number(perPage) <= maxPerPage)) {
        found.perPage = `perPage must be a whole number from 1 to ${maxPerPage}.`;
      }
      const sort = value('sort');
      if (sort !== undefined && !config.sortable.includes(sort)) found.sort = `sort must be one of: ${config.sortable.join(', ')}.`;
      const dir = value('dir');
      if (dir !== undefined && dir !== 'asc' && dir !== 'desc') found.dir = 'dir must be asc or desc.';
      for (const [key, schema] of Object.entries(config.filters)) {
        const problem = value(key) === undefined ? null : filterProblem(key, schema, value(key));
        if (problem) found[key] = problem;
      }
      return found;
    },
    /** Parses any search params into a valid state; never throws. */
    parse(input: SearchParamsInput): TableState & { filters: { [K in keyof F]: z.infer<F[K]> } } {
      const raw = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
      const parsed = base.parse({ page: raw.page, perPage: raw.perPage, sort: raw.sort, dir: raw.dir, hide: raw.hide ?? '' });
      const filterValues = filters.parse(Object.fromEntries(Object.keys(config.filters).map((key) => [key, raw[key]])));
      return { ...parsed, filters: filterValues as { [K in keyof F]: z.infer<F[K]> } };
    },
  };
}

/** The search params of a state, leaving out defaults and empty filters. */
export function tableSearchParams(state: TableState, defaults: TableDefaults, options: { paging?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  if (state.sort !== defaults.sort || state.dir !== defaults.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  if (state.hide.length) params.set('hide', state.hide.join(','));
  if (options.paging !== false) {
    if (state.perPage !== defaults.perPage) params.set('perPage', String(state.perPage));
    if (state.page > 1) params.set('page', String(state.page));
  }
  return params;
}

/** A link to `pathname` showing the state changed by `patch`; filter or sort changes go back to page 1. */
export function tableHref(pathname: string, state: TableState, defaults: TableDefaults, patch: Partial<TableState> = {}): string {
  const resetsPage = patch.filters !== undefined || patch.sort !== undefined || patch.dir !== undefined || patch.perPage !== undefined;
  const next: TableState = { ...state, ...patch, page: patch.page ?? (resetsPage ? 1 : state.page) };
  const query = tableSearchParams(next, defaults).toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** "1–20 of 45 teams", "11 of 11 teams", "1 team", "No teams". `itemLabel` is the plural; its singular drops the s. */
export function positionText(from: number, to: number, total: number, itemLabel: string): string {
  const n = (value: number) => value.toLocaleString('en');
  if (total === 0) return `No ${itemLabel}`;
  if (total === 1) return `1 ${itemLabel.replace(/s$/, '')}`;
  return `${from === to ? n(from) : `${n(from)}–${n(to)}`} of ${n(total)} ${itemLabel}`;
}
