// Coverage per stack (section 4's closing paragraph): of a stack's products (live components), how
// many at least one live EA team has committed to ("covered"), how many none has ("missing"), and how
// many reach the redundancy target of distinct teams (Setting 'coverage.target', default 2). This is
// the present status, as in the document, not a value over the chosen period.
import type { CoverageRow, CoverageTable, StackRow } from './types';

export interface ComponentCoverageRow {
  stackSlug: string;
  /** Distinct live teams committed to the component (any platform). */
  teamCount: number;
}

export function computeCoverage(stacks: readonly StackRow[], components: readonly ComponentCoverageRow[], target: number): CoverageTable {
  const rows: CoverageRow[] = stacks.map((stack) => {
    const mine = components.filter((component) => component.stackSlug === stack.slug);
    const covered = mine.filter((component) => component.teamCount > 0).length;
    return {
      stack: stack.slug,
      stackName: stack.name,
      products: mine.length,
      covered,
      missing: mine.length - covered,
      redundant: mine.filter((component) => component.teamCount >= target).length,
    };
  });
  const total = rows.reduce(
    (sum, row) => ({
      products: sum.products + row.products,
      covered: sum.covered + row.covered,
      missing: sum.missing + row.missing,
      redundant: sum.redundant + row.redundant,
    }),
    { products: 0, covered: 0, missing: 0, redundant: 0 },
  );
  return { target, rows, total };
}
