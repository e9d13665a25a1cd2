import { describe, expect, it } from 'vitest';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import type { CoverageComponentInput, StackRef } from '@/lib/coverage/types';
import { matrixPage } from './matrix-page';

const stack = (slug: string): StackRef => ({ id: slug, slug, name: slug.toUpperCase(), provider: 'EMI' });
const comp = (id: string, s: StackRef): CoverageComponentInput => ({ id, name: id, capability: 'COMPUTE', retiredAt: null, stack: s, platformIds: ['p'] });
const A = stack('a');
const B = stack('b');
const coverage = computeCoverage({
  components: [comp('a1', A), comp('a2', A), comp('a3', A), comp('b1', B), comp('b2', B)],
  platforms: [{ id: 'p', os: 'SL5', arch: 'x86_64' }],
  commitments: [],
  target: 2,
});

describe('matrixPage', () => {
  it('cuts rows into pages and heads a stack split across pages "(continued)"', () => {
    const first = matrixPage(coverage, 1, 2);
    expect(first).toMatchObject({ page: 1, pageCount: 3, rowCount: 5, first: 1, last: 2 });
    expect(first.groups.map((g) => [g.title, g.rows.map((r) => r.componentId)])).toEqual([['A', ['a1', 'a2']]]);
    const second = matrixPage(coverage, 2, 2);
    expect(second.groups.map((g) => [g.title, g.rows.map((r) => r.componentId)])).toEqual([
      ['A (continued)', ['a3']],
      ['B', ['b1']],
    ]);
    expect(second.groups[1]!.note).toBe('2 products: 0 covered, 2 missing Early Adopter teams · 0 with redundancy');
  });

  it('clamps the page number and copes with an empty matrix', () => {
    expect(matrixPage(coverage, 99, 2)).toMatchObject({ page: 3, first: 5, last: 5 });
    expect(matrixPage(coverage, -1, 2).page).toBe(1);
    const empty = computeCoverage({ components: [], platforms: [], target: 2 });
    expect(matrixPage(empty, 1)).toMatchObject({ page: 1, pageCount: 1, rowCount: 0, first: 0, last: 0, groups: [] });
  });
});
