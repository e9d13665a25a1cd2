// Values PostgreSQL refuses to store or compare (a NUL character, invalid UTF-8, a number or date
// out of range, text too large for an index) reach the database only through user input that the
// schemas let by. The statement fails, its transaction rolls back, nothing is written: this turns the
// error into the 400 it is, instead of a 500. Used by apiRoute's errorResponse and actionError.
const SQLSTATE_REASONS: Record<string, string> = {
  '22021': 'contains a character the database cannot store (NUL or invalid UTF-8)',
  '22P05': 'contains a character the database cannot store',
  '22003': 'contains a number out of range',
  '22008': 'contains a date out of range',
  '22007': 'contains an invalid date',
  '22P02': 'contains a value of the wrong type',
  '22001': 'contains a value that is too long',
  '54000': 'contains a value that is too large',
};
const PRISMA_REASONS: Record<string, string> = {
  P2000: 'contains a value that is too long',
  P2020: 'contains a value out of range',
  P2033: 'contains a number too large',
};

function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: { originalCode?: unknown } } | null;
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/** A user-facing reason when `error` is the database refusing an input value, else null. */
export function databaseInputProblem(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const state = sqlStateOf(error);
  const reason = (state && SQLSTATE_REASONS[state]) || PRISMA_REASONS[String((error as { code?: unknown }).code)];
  return reason ? `The input ${reason}; nothing was changed.` : null;
}
