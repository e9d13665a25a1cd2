import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageLevel, tallyCommitments } from './compute-coverage';
import type { CommitmentInput, CoverageComponentInput, PlatformRef, StackRef } from './types';

const EMI = (slug: string, name: string): StackRef => ({ id: `s-${slug}`, slug, name, provider: 'EMI' });
const ARC = EMI('arc', 'ARC');
const GLITE = EMI('glite', 'gLite');
const OPS: StackRef = { id: 's-ops', slug: 'opstools', name: 'Operational Tools', provider: 'EGI' };

const SL5 = { id: 'p-sl5', os: 'SL5', arch: 'x86_64' };
const SL6 = { id: 'p-sl6', os: 'SL6', arch: 'x86_64' };
const SL5_32 = { id: 'p-sl5-32', os: 'SL5', arch: 'i386' };
const DEB = { id: 'p-deb', os: 'Debian6', arch: 'x86_64' };
const PLATFORMS: PlatformRef[] = [SL6, SL5, DEB, SL5_32];

function component(id: string, stack: StackRef, platformIds: string[], extra: Partial<CoverageComponentInput> = {}): CoverageComponentInput {
  return { id, name: id.toUpperCase(), capability: 'COMPUTE', retiredAt: null, stack, platformIds, ...extra };
}

function commit(teamId: string, componentId: string, platformId: string, teamRetired = false): CommitmentInput {
  return { teamId, componentId, platformId, teamRetired };
}

const CATALOGUE = [
  component('cream', GLITE, [SL5.id, SL6.id]),
  component('wms', GLITE, [SL5.id]),
  component('dpm', GLITE, [SL5.id, SL6.id], { capability: 'STORAGE' }),
  component('arc-ce', ARC, [SL5.id, DEB.id]),
  component('lcg-ce', GLITE, [SL5.id], { retiredAt: new Date('2012-03-31') }),
  component('nagios', OPS, [SL5.id], { capability: 'OPERATIONS' }),
];

const COMMITMENTS = [
  commit('t1', 'cream', SL5.id),
  commit('t1', 'cream', SL6.id), // same team, second platform
  commit('t2', 'cream', SL6.id),
  commit('t3', 'wms', SL5.id),
  commit('t4', 'arc-ce', DEB.id),
  commit('t5', 'arc-ce', SL5.id, true), // retired team
  commit('t1', 'lcg-ce', SL5.id),
  commit('t2', 'lcg-ce', SL5.id),
  commit('t6', 'nagios', SL5.id),
];

const run = (target = 2, extra: Partial<Parameters<typeof computeCoverage>[0]> = {}) =>
  computeCoverage({ components: CATALOGUE, platforms: PLATFORMS, commitments: COMMITMENTS, target, ...extra });

const rowOf = (coverage: ReturnType<typeof run>, id: string) =>
  [...coverage.stacks.flatMap((s) => s.rows), ...coverage.retired].find((row) => row.componentId === id)!;

const cellOf = (coverage: ReturnType<typeof run>, id: string, platformId: string) =>
  rowOf(coverage, id).cells[coverage.platforms.findIndex((p) => p.id === platformId)];

describe('coverageLevel', () => {
  it('is missing at 0, below target under it, met at or above it', () => {
    expect(coverageLevel(0, 2)).toBe('missing');
    expect(coverageLevel(1, 2)).toBe('belowTarget');
    expect(coverageLevel(2, 2)).toBe('met');
    expect(coverageLevel(5, 2)).toBe('met');
    expect(coverageLevel(1, 1)).toBe('met');
    expect(coverageLevel(2, 3)).toBe('belowTarget');
  });
});

describe('tallyCommitments', () => {
  it('counts a team on two platforms once in the component total but in both cells', () => {
    const tallies = tallyCommitments(COMMITMENTS);
    expect(tallies.totals.find((t) => t.componentId === 'cream')?.teams).toBe(2);
    expect(tallies.cells.find((c) => c.componentId === 'cream' && c.platformId === SL5.id)?.teams).toBe(1);
    expect(tallies.cells.find((c) => c.componentId === 'cream' && c.platformId === SL6.id)?.teams).toBe(2);
  });

  it('ignores retired teams and platforms outside the given set', () => {
    const tallies = tallyCommitments(COMMITMENTS, new Set([SL5.id]));
    expect(tallies.totals.find((t) => t.componentId === 'arc-ce')).toBeUndefined();
    expect(tallies.totals.find((t) => t.componentId === 'cream')?.teams).toBe(1);
    expect(tallies.cells.some((c) => c.platformId !== SL5.id)).toBe(false);
  });
});

describe('computeCoverage', () => {
  it('gives one row per component grouped by stack, with sorted platform columns and totals', () => {
    const coverage = run();
    expect(coverage.stacks.map((s) => s.stack.name)).toEqual(['ARC', 'gLite', 'Operational Tools']);
    expect(coverage.stacks[1]!.rows.map((r) => r.componentId)).toEqual(['cream', 'dpm', 'wms']);
    expect(coverage.platforms.map((p) => `${p.os} ${p.arch}`)).toEqual(['Debian6 x86_64', 'SL5 x86_64', 'SL6 x86_64']);
    expect(rowOf(coverage, 'cream').total).toBe(2);
    expect(rowOf(coverage, 'cream').level).toBe('met');
    expect(cellOf(coverage, 'cream', SL5.id)).toEqual({ platformId: SL5.id, teams: 1, level: 'belowTarget', shipped: true });
    expect(cellOf(coverage, 'wms', SL6.id)).toBeNull(); // not shipped there, nobody committed
    expect(cellOf(coverage, 'dpm', SL5.id)?.level).toBe('missing');
  });

  it('does not count retired teams', () => {
    const coverage = run();
    expect(rowOf(coverage, 'arc-ce').total).toBe(1);
    expect(cellOf(coverage, 'arc-ce', SL5.id)).toMatchObject({ teams: 0, level: 'missing' });
  });

  it('keeps retired components apart and out of every summary', () => {
    const coverage = run();
    expect(coverage.retired.map((r) => r.componentId)).toEqual(['lcg-ce']);
    expect(coverage.stacks.flatMap((s) => s.rows).some((r) => r.retired)).toBe(false);
    const glite = coverage.stacks.find((s) => s.stack.slug === 'glite')!;
    expect(glite.summary.total).toBe(3);
    expect(coverage.overall.total).toBe(5);
  });

  it('summarises per stack in the document terms, with the redundancy share', () => {
    const glite = run().stacks.find((s) => s.stack.slug === 'glite')!.summary;
    expect(glite).toEqual({ total: 3, covered: 2, coveredWithRedundancy: 1, belowTarget: 1, missing: 1, redundancyShare: 1 / 3 });
  });

  it('summarises per Technology Provider across its stacks', () => {
    const coverage = run();
    const emi = coverage.providers.find((p) => p.provider === 'EMI')!;
    expect(emi.stacks).toEqual(['ARC', 'gLite']);
    expect(emi.summary).toMatchObject({ total: 4, covered: 3, missing: 1, coveredWithRedundancy: 1 });
    expect(coverage.providers.find((p) => p.provider === 'EGI')!.summary).toMatchObject({ total: 1, covered: 1, missing: 0 });
  });

  it('re-colours cells and totals when the target changes', () => {
    const levels = (target: number) => {
      const coverage = run(target);
      return { total: rowOf(coverage, 'cream').level, sl6: cellOf(coverage, 'cream', SL6.id)?.level, wms: rowOf(coverage, 'wms').level, share: coverage.overall.redundancyShare };
    };
    expect(levels(1)).toEqual({ total: 'met', sl6: 'met', wms: 'met', share: 4 / 5 });
    expect(levels(2)).toEqual({ total: 'met', sl6: 'met', wms: 'belowTarget', share: 1 / 5 });
    expect(levels(3)).toEqual({ total: 'belowTarget', sl6: 'belowTarget', wms: 'belowTarget', share: 0 });
    expect(run(3).overall).toMatchObject({ covered: 4, missing: 1, coveredWithRedundancy: 0, belowTarget: 4 });
  });

  it('rejects a target that is not a positive integer', () => {
    expect(() => run(0)).toThrow(RangeError);
    expect(() => run(1.5)).toThrow(RangeError);
  });

  it('filters by stack and capability', () => {
    expect(run(2, { filter: { stack: 'glite' } }).stacks.map((s) => s.stack.slug)).toEqual(['glite']);
    const storage = run(2, { filter: { capability: 'STORAGE' } });
    expect(storage.stacks.flatMap((s) => s.rows).map((r) => r.componentId)).toEqual(['dpm']);
    expect(storage.platforms.map((p) => p.id)).toEqual([SL5.id, SL6.id]);
  });

  it('filters by OS and arch: columns, rows and totals follow the shown platforms', () => {
    const sl6 = run(2, { filter: { os: 'SL6' } });
    expect(sl6.platforms.map((p) => p.id)).toEqual([SL6.id]);
    expect(sl6.stacks.flatMap((s) => s.rows).map((r) => r.componentId)).toEqual(['cream', 'dpm']);
    expect(rowOf(sl6, 'cream').total).toBe(2);
    const sl5 = run(2, { filter: { os: 'SL5', arch: 'x86_64' } });
    expect(rowOf(sl5, 'cream').total).toBe(1); // only t1 on SL5
    expect(sl5.platforms.map((p) => p.id)).toEqual([SL5.id]);
    expect(run(2, { filter: { arch: 'i386' } }).overall.total).toBe(0);
  });

  it('uses SQL tallies when given, restricted to the shown platforms', () => {
    const tallies = tallyCommitments(COMMITMENTS);
    expect(run(2, { commitments: undefined, tallies })).toEqual(run(2));
  });

  it('lists the shipped platforms below target and shows teams on a platform no longer shipped', () => {
    const coverage = computeCoverage({
      components: [component('x', ARC, [SL5.id])],
      platforms: PLATFORMS,
      commitments: [commit('t1', 'x', SL5.id), commit('t2', 'x', SL6.id)],
      target: 2,
    });
    const row = rowOf(coverage, 'x');
    expect(row.total).toBe(2);
    expect(row.shortPlatformIds).toEqual([SL5.id]);
    expect(cellOf(coverage, 'x', SL6.id)).toMatchObject({ teams: 1, shipped: false });
  });

  it('counts a component shipped nowhere as missing, and an empty catalogue as a zero share', () => {
    const lonely = computeCoverage({ components: [component('y', ARC, [])], platforms: PLATFORMS, commitments: [], target: 2 });
    expect(lonely.overall).toMatchObject({ total: 1, missing: 1 });
    expect(lonely.platforms).toEqual([]);
    expect(computeCoverage({ components: [], platforms: PLATFORMS, target: 2 }).overall.redundancyShare).toBe(0);
  });
});
