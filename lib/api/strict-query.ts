// The JSON API's reading of a list's query: the same parameters as the page's table, but what the page
// quietly drops (an unknown sort key, filter value or parameter, a page size over the cap) is a 400
// naming the allowed values, so a script's typo never silently returns the wrong list.
import type { SearchParamsInput, TableState } from '@/lib/lists/search-params';
import { ValidationError } from '@/lib/errors';

interface TableParams<S extends TableState> {
  parse(input: SearchParamsInput): S;
  problems(input: SearchParamsInput, extra?: readonly string[]): Record<string, string>;
}

/** `extra`: parameters the route reads itself (e.g. `format`). */
export function parseApiQuery<S extends TableState>(params: TableParams<S>, query: URLSearchParams, extra: readonly string[] = []): S {
  const problems = params.problems(query, extra);
  const keys = Object.keys(problems);
  if (keys.length) {
    throw new ValidationError(keys.map((key) => problems[key]).join(' '), Object.fromEntries(keys.map((key) => [key, [problems[key]!]])));
  }
  return params.parse(query);
}

/** A query of fixed parameters (not a table's): a parameter not in `allowed` is a 400 that lists them. */
export function refuseUnknownParams(query: URLSearchParams, allowed: readonly string[]): void {
  const unknown = [...new Set(query.keys())].filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  const accepts = allowed.length ? `this endpoint accepts: ${allowed.join(', ')}` : 'this endpoint takes no query parameters';
  const message = (key: string) => `Unknown parameter ${key}; ${accepts}.`;
  throw new ValidationError(unknown.map(message).join(' '), Object.fromEntries(unknown.map((key) => [key, [message(key)]])));
}

/** A parameter whose value must be one of `values` (a 400 naming them otherwise). */
export function requireOneOf(name: string, value: string | undefined, values: readonly string[]): void {
  if (value === undefined || values.includes(value)) return;
  const message = `${name} must be one of: ${values.join(', ')}.`;
  throw new ValidationError(message, { [name]: [message] });
}
