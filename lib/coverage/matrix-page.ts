// Cuts the grouped matrix into pages of rows (a 1,000-component matrix is not one HTML page), keeping
// the stack headings: a stack split across pages is headed "(continued)" on the next one.
import type { Coverage } from '@/lib/coverage/types';
import { describeCoverage } from '@/lib/coverage/summary-text';
import { type MatrixGroup, matrixRow } from './matrix-data';

// 50 rows: the scrolling box shows about 25 at a time, and the stack filter narrows further. At 200 rows the
// page was a 700 KB document that took over 100 ms to render on the large data set (npm run bench -- load).
export const MATRIX_PAGE_SIZE = 50;

export interface MatrixPage {
  groups: MatrixGroup[];
  page: number;
  pageCount: number;
  rowCount: number;
  first: number;
  last: number;
}

export function matrixPage(coverage: Coverage, page: number, pageSize = MATRIX_PAGE_SIZE): MatrixPage {
  const rowCount = coverage.stacks.reduce((sum, s) => sum + s.rows.length, 0);
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * pageSize;
  const end = start + pageSize;
  const groups: MatrixGroup[] = [];
  let offset = 0;
  for (const stack of coverage.stacks) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + stack.rows.length);
    if (from < to) {
      const continued = from > offset;
      groups.push({
        key: stack.stack.id,
        title: continued ? `${stack.stack.name} (continued)` : stack.stack.name,
        note: `${describeCoverage('', stack.summary)} · ${stack.summary.coveredWithRedundancy} with redundancy`,
        rows: stack.rows.slice(from - offset, to - offset).map(matrixRow),
      });
    }
    offset += stack.rows.length;
  }
  return { groups, page: current, pageCount, rowCount, first: rowCount ? start + 1 : 0, last: Math.min(end, rowCount) };
}
