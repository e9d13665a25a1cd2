import { describe, expect, it } from 'vitest';
import { computeCoverage } from './coverage-per-stack';

describe('coverage per stack', () => {
  it('counts covered, missing and redundant products against the target', () => {
    const table = computeCoverage(
      [
        { slug: 'glite', name: 'gLite' },
        { slug: 'opstools', name: 'Operational Tools' },
      ],
      [
        { stackSlug: 'glite', teamCount: 0 },
        { stackSlug: 'glite', teamCount: 1 },
        { stackSlug: 'glite', teamCount: 2 },
        { stackSlug: 'glite', teamCount: 3 },
        { stackSlug: 'opstools', teamCount: 1 },
      ],
      2,
    );
    expect(table.rows).toEqual([
      { stack: 'glite', stackName: 'gLite', products: 4, covered: 3, missing: 1, redundant: 2 },
      { stack: 'opstools', stackName: 'Operational Tools', products: 1, covered: 1, missing: 0, redundant: 0 },
    ]);
    expect(table.total).toEqual({ products: 5, covered: 4, missing: 1, redundant: 2 });
    expect(computeCoverage([{ slug: 'glite', name: 'gLite' }], [{ stackSlug: 'glite', teamCount: 3 }], 4).rows[0]!.redundant).toBe(0);
  });
});
