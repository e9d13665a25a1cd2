// The one CSV writer of the app (teams export, coverage, metrics). RFC 4180 quoting, CRLF line ends,
// and protection against formula injection: a spreadsheet would evaluate a cell that starts with
// = + - @ (or a tab / carriage return that hides one), so such cells get a leading single quote.
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell | CsvCell[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A quote, comma or line break anywhere, or white space at either end (JS's \s is exactly what trim() removes). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, made safe for spreadsheets and quoted when it needs to be. Lists are joined with "; ". */
export function csvCell(value: CsvCell | CsvCell[]): string {
  if (Array.isArray(value)) return csvCell(value.map((item) => plain(item)).filter(Boolean).join('; '));
  let text = plain(value);
  // Numbers are written by us, never by a user: a negative number stays a number.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function plain(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** A whole CSV document: header line then one line per row. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: Iterable<T>): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A download response for a CSV document; the BOM makes Excel read UTF-8 names correctly. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
