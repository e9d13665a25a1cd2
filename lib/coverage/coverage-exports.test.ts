import { describe, expect, it } from 'vitest';
import { computeCoverage } from './compute-coverage';
import { gapsCsv, matrixCsv } from './coverage-csv';
import { coverageJson, coverageSummaryJson } from './coverage-json';
import { rankGaps } from './rank-gaps';
import { describeCoverage, describeRedundancy } from './summary-text';
import type { CommitmentInput, CoverageComponentInput, StackRef } from './types';

const EMI: StackRef = { id: 's1', slug: 'glite', name: 'gLite', provider: 'EMI' };
const SL5 = { id: 'p5', os: 'SL5', arch: 'x86_64' };
const SL6 = { id: 'p6', os: 'SL6', arch: 'x86_64' };
const comp = (id: string, name: string, retiredAt: Date | null = null): CoverageComponentInput => ({
  id,
  name,
  capability: 'COMPUTE',
  retiredAt,
  stack: EMI,
  platformIds: [SL5.id, SL6.id],
});
const c = (teamId: string, componentId: string, platformId: string): CommitmentInput => ({ teamId, componentId, platformId, teamRetired: false });

const coverage = computeCoverage({
  components: [comp('cream', 'CREAM'), comp('evil', '=HYPERLINK("x")'), comp('old', 'LCG-CE', new Date('2012-01-01'))],
  platforms: [SL5, SL6],
  commitments: [c('a', 'cream', SL5.id), c('a', 'cream', SL6.id), c('b', 'cream', SL6.id), c('a', 'old', SL5.id)],
  target: 2,
});
const names = new Map([
  ['cream|p5', ['ea-IT-INFN-T1']],
  ['cream|p6', ['ea-IT-INFN-T1', 'ea-PT-LIP']],
  ['old|p5', ['ea-IT-INFN-T1']],
]);

describe('matrixCsv', () => {
  it('writes a line per cell and a total line with distinct teams, and neutralises formulas', () => {
    const lines = matrixCsv(coverage, names).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Technology Provider,Stack,Component,Capability,Retired,Platform,Shipped,Teams,Status,Committed teams');
    expect(lines).toContain('EMI,gLite,CREAM,COMPUTE,no,SL6 x86_64,yes,2,target met,ea-IT-INFN-T1; ea-PT-LIP');
    expect(lines).toContain('EMI,gLite,CREAM,COMPUTE,no,Total,,2,target met,ea-IT-INFN-T1; ea-PT-LIP');
    expect(lines).toContain('EMI,gLite,"\'=HYPERLINK(""x"")",COMPUTE,no,SL5 x86_64,yes,0,missing,');
    expect(lines.some((line) => line.includes('LCG-CE'))).toBe(false);
    expect(matrixCsv(coverage, names, true)).toContain('EMI,gLite,LCG-CE,COMPUTE,yes,Total,,1,below target,ea-IT-INFN-T1');
  });
});

describe('gapsCsv', () => {
  it('writes one line per gap and short platform, most urgent first', () => {
    const gaps = rankGaps(coverage, new Map([['evil', { rollouts: [{ number: 12, title: 'Staged Rollout EMI-1.0 X 1.0 SL5 x86_64', status: 'OPEN' as const }], releases: [] }]]));
    gaps[0]!.platforms[0]!.candidates = [{ teamId: 't', name: 'ea-PT-LIP', sameStackCommitments: 3, contacts: [{ email: 'ea@lip.pt', name: '' }] }];
    gaps[0]!.platforms[0]!.moreCandidates = 4;
    const lines = gapsCsv(gaps).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3); // header + the two short platforms of the one gap (CREAM meets the target)
    expect(lines[1]).toBe('1,Rollout in progress,gLite,"\'=HYPERLINK(""x"")",0,#12 Staged Rollout EMI-1.0 X 1.0 SL5 x86_64,,SL5 x86_64,0,ea-PT-LIP,ea@lip.pt,4');
  });
});

describe('coverage JSON', () => {
  it('lists components with per-platform counts, status and team names', () => {
    const json = coverageJson(coverage, { names });
    expect(json.target).toBe(2);
    expect(json.components.map((row) => row.name)).toEqual(['=HYPERLINK("x")', 'CREAM']);
    const cream = json.components[1]!;
    expect(cream).toMatchObject({ stack: 'glite', provider: 'EMI', teams: 2, status: 'met', retired: false });
    expect(cream.platforms[0]).toEqual({ id: 'p5', platform: 'SL5 x86_64', os: 'SL5', arch: 'x86_64', shipped: true, teams: 1, status: 'belowTarget', committedTeams: ['ea-IT-INFN-T1'] });
    expect(coverageJson(coverage, { includeRetired: true }).components.map((row) => row.retired)).toEqual([false, false, true]);
  });

  it('summarises per stack, provider and overall with the document sentence', () => {
    const json = coverageSummaryJson(coverage);
    expect(json.stacks[0]).toEqual({
      stack: 'glite',
      name: 'gLite',
      provider: 'EMI',
      total: 2,
      covered: 1,
      coveredWithRedundancy: 1,
      belowTarget: 0,
      missing: 1,
      redundancyShare: 0.5,
      text: '2 gLite products: 1 covered, 1 missing Early Adopter teams',
    });
    expect(json.providers[0]).toMatchObject({ provider: 'EMI', stacks: ['gLite'], total: 2 });
    expect(json.overall.text).toBe('2 products: 1 covered, 1 missing Early Adopter teams');
  });
});

describe('summary text', () => {
  it('reads like the document', () => {
    const summary = { total: 37, covered: 30, coveredWithRedundancy: 12, belowTarget: 18, missing: 7, redundancyShare: 12 / 37 };
    expect(describeCoverage('EMI', summary)).toBe('37 EMI products: 30 covered, 7 missing Early Adopter teams');
    expect(describeRedundancy(summary, 2)).toBe('12 of 37 (32%) covered with redundancy (at least 2 teams)');
    expect(describeCoverage('Operational Tools', { ...summary, total: 1, covered: 1, missing: 0 })).toBe(
      '1 Operational Tools product: 1 covered, 0 missing Early Adopter teams',
    );
  });
});
