import { describe, expect, it } from 'vitest';
import { computeCoverage } from './compute-coverage';
import { type GapSignals, gapTier, rankGaps } from './rank-gaps';
import type { CommitmentInput, CoverageComponentInput, StackRef } from './types';

const GLITE: StackRef = { id: 's-glite', slug: 'glite', name: 'gLite', provider: 'EMI' };
const ARC: StackRef = { id: 's-arc', slug: 'arc', name: 'ARC', provider: 'EMI' };
const SL5 = { id: 'p5', os: 'SL5', arch: 'x86_64' };
const SL6 = { id: 'p6', os: 'SL6', arch: 'x86_64' };

const comp = (id: string, stack: StackRef, platformIds = [SL5.id, SL6.id], retiredAt: Date | null = null): CoverageComponentInput => ({
  id,
  name: id,
  capability: 'COMPUTE',
  retiredAt,
  stack,
  platformIds,
});
const c = (teamId: string, componentId: string, platformId = SL5.id): CommitmentInput => ({ teamId, componentId, platformId, teamRetired: false });

const components = [
  comp('covered', GLITE),
  comp('one-team', GLITE),
  comp('no-team', GLITE),
  comp('arc-none', ARC),
  comp('with-rollout', ARC),
  comp('with-release', GLITE),
  comp('retired-none', GLITE, [SL5.id], new Date('2011-01-01')),
];
const commitments = [c('a', 'covered'), c('b', 'covered', SL6.id), c('a', 'one-team', SL6.id), c('a', 'with-rollout'), c('b', 'with-release')];

const rollout: GapSignals = { rollouts: [{ number: 7, title: 'Staged Rollout EMI-1.0 with-rollout 1.0 SL5 x86_64', status: 'OPEN' }], releases: [] };
const release: GapSignals = { rollouts: [], releases: [{ number: 3, umdMajor: 'EMI-1.0', productVersion: '2.0' }] };

describe('rankGaps', () => {
  const coverage = computeCoverage({ components, platforms: [SL5, SL6], commitments, target: 2 });
  const signals = new Map([
    ['with-rollout', rollout],
    ['with-release', release],
  ]);

  it('lists components below target, most urgent first, and never a retired one or a covered one', () => {
    const gaps = rankGaps(coverage, signals);
    expect(gaps.map((g) => g.componentId)).toEqual(['with-rollout', 'with-release', 'arc-none', 'no-team', 'one-team']);
    expect(gaps.map((g) => g.tier)).toEqual(['rolloutInProgress', 'releaseExpected', 'noTeam', 'noTeam', 'belowTarget']);
  });

  it('names the short platforms of each gap with their team counts', () => {
    const oneTeam = rankGaps(coverage, signals).find((g) => g.componentId === 'one-team')!;
    expect(oneTeam.platforms.map((p) => [p.platform.os, p.teams, p.level])).toEqual([
      ['SL5', 0, 'missing'],
      ['SL6', 1, 'belowTarget'],
    ]);
    expect(rankGaps(coverage, signals)[0]!.rollouts[0]!.number).toBe(7);
  });

  it('follows the target: with a target of 1 only the components without a team remain', () => {
    const relaxed = computeCoverage({ components, platforms: [SL5, SL6], commitments, target: 1 });
    expect(rankGaps(relaxed, new Map()).map((g) => g.componentId)).toEqual(['arc-none', 'no-team']);
  });

  it('puts fewer teams first within a tier, then orders by stack and name', () => {
    const strict = computeCoverage({ components, platforms: [SL5, SL6], commitments, target: 3 });
    const below = rankGaps(strict, new Map()).filter((g) => g.tier === 'belowTarget');
    expect(below.map((g) => [g.componentId, g.total])).toEqual([
      ['with-rollout', 1], // ARC before gLite
      ['one-team', 1],
      ['with-release', 1],
      ['covered', 2],
    ]);
  });
});

describe('gapTier', () => {
  it('prefers a rollout in progress over an expected release, then no team over too few', () => {
    expect(gapTier(1, { rollouts: rollout.rollouts, releases: release.releases })).toBe('rolloutInProgress');
    expect(gapTier(0, release)).toBe('releaseExpected');
    expect(gapTier(0, undefined)).toBe('noTeam');
    expect(gapTier(1, { rollouts: [], releases: [] })).toBe('belowTarget');
  });
});
