// What an import would change on an existing row: the given fields whose values differ. Fields the
// file leaves out (undefined) are never touched, so an import cannot erase what the app recorded since.
export type Fields = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

export function changedFields(existing: Fields, desired: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    if (!same(existing[key], value)) out[key] = value;
  }
  return out;
}

/** For creating: undefined becomes null (the column's "not recorded"). */
export function withNulls<T extends Fields>(fields: T): { [K in keyof T]: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] } {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === undefined ? null : value])) as never;
}
