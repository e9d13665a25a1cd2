import { describe, expect, it } from 'vitest';
import { buildMetricsReport } from './build-metrics-report';
import { metricCsvFileName, metricTableCsv, METRIC_TABLES } from './metrics-csv';
import { dateRangePeriod, projectYearPeriod } from './project-quarters';

const rows = {
  stacks: [{ slug: 'glite', name: 'gLite' }],
  releases: [
    { id: 'a', stackSlug: 'glite', productionAt: null, skippedRollout: false, skippedAt: null, rollouts: [{ resolved: true, outcome: 'REJECT' as const, resolvedAt: new Date('2010-06-01T00:00:00Z') }] },
  ],
  tests: [
    { ngiName: 'Portugal', submittedAt: new Date('2010-06-01T00:00:00Z') },
    { ngiName: '=HYPERLINK("x")', submittedAt: new Date('2010-09-01T00:00:00Z') },
  ],
  teams: [{ createdAt: new Date('2009-01-01T00:00:00Z'), retiredAt: null }],
  coverage: { components: [], platforms: [], commitments: [], target: 2 },
  participations: [],
  rollouts: [],
};

describe('metrics CSV export', () => {
  const report = buildMetricsReport(rows, projectYearPeriod(2010));

  it('writes Table 2 with the document columns, shares with one decimal and a total row', () => {
    const lines = metricTableCsv(report, 'tests-per-ngi').trim().split('\r\n');
    expect(lines[0]).toBe('NGI,Total %,Total,Q1,Q2,Q3,Q4');
    expect(lines).toContain('Portugal,50.0,1,1,0,0,0');
    expect(lines.at(-1)).toBe('Total,100.0,2,1,1,0,0');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    expect(metricTableCsv(report, 'tests-per-ngi')).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes Table 1 with a total row', () => {
    const csv = metricTableCsv(report, 'component-outcomes');
    expect(csv.split('\r\n')[1]).toBe('Q1,0,1,0');
    expect(csv).toContain('Total,0,1,0');
  });

  it('writes every table with a header line and names files after the period', () => {
    for (const table of METRIC_TABLES) expect(metricTableCsv(report, table).split('\r\n').length).toBeGreaterThan(2);
    expect(metricCsvFileName(report, 'coverage')).toBe('metrics-2010-coverage.csv');
    const ranged = buildMetricsReport(rows, dateRangePeriod(new Date('2010-06-01T00:00:00Z'), new Date('2010-09-30T00:00:00Z')));
    expect(metricCsvFileName(ranged, 'team-counts')).toBe('metrics-2010-06-01_2010-09-30-team-counts.csv');
  });
});
