// The one result of every list function: the rows of one page, the total across pages, which page it is
// (clamped: a page past the end shows the last one) and its size. The JSON API wraps it as
// `{ data, total, page, perPage }` (lib/api/list-envelope.ts); the data table and the pager read it as is.
export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  perPage: number;
}

/** The page to show for `requested` when there are `total` rows: never past the last page, never below 1. */
export function clampPage(requested: number, total: number, perPage: number): number {
  return Math.min(requested, Math.max(1, Math.ceil(total / perPage)));
}
