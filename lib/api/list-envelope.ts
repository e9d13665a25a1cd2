// The one envelope of every JSON list under /api/v1: `{ data, total, page, perPage }`. An item of
// `data` has the same fields as the entity's own GET (which may add more); links are absolute.
export interface ListEnvelope<T> {
  data: T[];
  total: number;
  page: number;
  perPage: number;
}

export function listEnvelope<T>(data: T[], paging: { total: number; page: number; perPage: number }): ListEnvelope<T> {
  return { data, total: paging.total, page: paging.page, perPage: paging.perPage };
}
