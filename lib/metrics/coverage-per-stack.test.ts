import { describe, expect, it } from 'vitest';
import type { CommitmentInput, CoverageComponentInput } from '@/lib/coverage/types';
import { computeCoverageTable } from './coverage-per-stack';

const glite = { id: 's1', slug: 'glite', name: 'gLite', provider: 'EMI' };
const ops = { id: 's2', slug: 'opstools', name: 'Operational Tools', provider: 'EGI' };
const platforms = [
  { id: 'sl5', os: 'SL5', arch: 'x86_64' },
  { id: 'sl6', os: 'SL6', arch: 'x86_64' },
];
const component = (id: string, stack: typeof glite, retired = false): CoverageComponentInput => ({
  id,
  name: id,
  capability: 'COMPUTE',
  retiredAt: retired ? new Date('2011-01-01T00:00:00Z') : null,
  stack,
  platformIds: ['sl5', 'sl6'],
});
const commit = (componentId: string, teamId: string, platformId = 'sl5', teamRetired = false): CommitmentInput => ({ componentId, teamId, platformId, teamRetired });

describe('coverage per stack', () => {
  it('counts covered, missing and redundant products per stack, a team on two platforms once, retired teams and components never', () => {
    const table = computeCoverageTable(
      [
        { slug: 'globus', name: 'Globus' },
        { slug: 'glite', name: 'gLite' },
        { slug: 'opstools', name: 'Operational Tools' },
      ],
      {
        components: [component('none', glite), component('one', glite), component('two', glite), component('old', glite, true), component('nagios', ops)],
        platforms,
        commitments: [
          commit('one', 't1'),
          commit('one', 't1', 'sl6'), // same team, second platform: still one team
          commit('one', 't9', 'sl5', true), // retired team: does not count
          commit('two', 't1'),
          commit('two', 't2', 'sl6'),
          commit('old', 't1'),
          commit('nagios', 't3'),
        ],
        target: 2,
      },
    );
    expect(table.rows).toEqual([
      { stack: 'globus', stackName: 'Globus', products: 0, covered: 0, missing: 0, redundant: 0 },
      { stack: 'glite', stackName: 'gLite', products: 3, covered: 2, missing: 1, redundant: 1 },
      { stack: 'opstools', stackName: 'Operational Tools', products: 1, covered: 1, missing: 0, redundant: 0 },
    ]);
    expect(table.total).toEqual({ products: 4, covered: 3, missing: 1, redundant: 1 });
    expect(table.target).toBe(2);
  });

  it('applies the redundancy target', () => {
    const input = { components: [component('two', glite)], platforms, commitments: [commit('two', 'a'), commit('two', 'b')] };
    expect(computeCoverageTable([{ slug: 'glite', name: 'gLite' }], { ...input, target: 2 }).rows[0]!.redundant).toBe(1);
    expect(computeCoverageTable([{ slug: 'glite', name: 'gLite' }], { ...input, target: 3 }).rows[0]!.redundant).toBe(0);
  });
});
