// PostgreSQL's `integer` (int4) range. A number parsed from outside text (a subject tag, a path segment)
// outside it names no row, and sending it to the database would be an error instead of "not found".
export const INT4_MAX = 2_147_483_647;

/** A positive whole number that fits an int4 column (rollout and release numbers), from its digits; else null. */
export function positiveInt4(digits: string): number | null {
  if (!/^\d{1,10}$/.test(digits)) return null;
  const value = Number(digits);
  return value >= 1 && value <= INT4_MAX ? value : null;
}
