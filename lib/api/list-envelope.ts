// The one envelope of every JSON list under /api/v1: `{ data, total, page, perPage }`. An item of
// `data` has the same fields as the entity's own GET (which may add more); links are absolute.
import { ValidationError } from '@/lib/errors';

export interface ListEnvelope<T> {
  data: T[];
  total: number;
  page: number;
  perPage: number;
}

export function listEnvelope<T>(data: T[], paging: { total: number; page: number; perPage: number }): ListEnvelope<T> {
  return { data, total: paging.total, page: paging.page, perPage: paging.perPage };
}

/**
 * A short list (NGIs, providers, stacks, platforms, holidays) answered whole on one page. It takes no
 * query: any parameter is refused (a strict query), so a filter a script thinks it sent is never ignored.
 */
export function wholeList<T>(query: URLSearchParams, data: T[]): ListEnvelope<T> {
  const sent = [...new Set(query.keys())];
  if (sent.length) {
    throw new ValidationError(
      `This list takes no query parameters (it is answered whole); remove ${sent.join(', ')}.`,
      Object.fromEntries(sent.map((key) => [key, ['Not a parameter of this list.']])),
    );
  }
  return listEnvelope(data, { total: data.length, page: 1, perPage: Math.max(data.length, 1) });
}
