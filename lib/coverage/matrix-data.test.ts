import { describe, expect, it } from 'vitest';
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import type { StackRef } from '@/lib/coverage/types';
import { cellTitle, matrixRow } from './matrix-data';

const stack: StackRef = { id: 's', slug: 's', name: 'S', provider: 'EMI' };
const platforms = [
  { id: 'p1', os: 'SL5', arch: 'x86_64' },
  { id: 'p2', os: 'SL6', arch: 'i386' },
  { id: 'p3', os: 'Debian6', arch: 'x86_64' },
  { id: 'p4', os: 'SL6', arch: 'x86_64' },
];

describe('matrixRow', () => {
  it('keeps one [teams, level, shipped] tuple per platform, null where the component does not ship', () => {
    const coverage = computeCoverage({
      components: [{ id: 'c', name: 'CREAM', capability: 'COMPUTE', retiredAt: null, stack, platformIds: ['p1', 'p2'] }],
      platforms,
      commitments: [
        { teamId: 't1', componentId: 'c', platformId: 'p1', teamRetired: false },
        { teamId: 't2', componentId: 'c', platformId: 'p1', teamRetired: false },
        { teamId: 't1', componentId: 'c', platformId: 'p3', teamRetired: false },
      ],
      target: 2,
    });
    const byPlatform = { p1: [2, 'met', true], p2: [0, 'missing', true], p3: [1, 'belowTarget', false], p4: null } as const;
    expect(matrixRow(coverage.stacks[0]!.rows[0]!)).toEqual({
      componentId: 'c',
      name: 'CREAM',
      capability: 'COMPUTE',
      cells: coverage.platforms.map((p) => byPlatform[p.id as keyof typeof byPlatform]), // in the matrix's platform order
      total: 2,
      level: 'met',
    });
  });
});

describe('cellTitle', () => {
  it('names the component and the platform, or all platforms for the total', () => {
    expect(cellTitle('CREAM', platforms[0])).toBe('CREAM on SL5 x86_64');
    expect(cellTitle('CREAM', undefined)).toBe('CREAM, all platforms');
  });
});
