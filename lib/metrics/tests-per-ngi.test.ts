import { describe, expect, it } from 'vitest';
import { computeComponentOutcomes } from './component-outcomes';
import { dateRangePeriod, projectYearPeriod } from './project-quarters';
import { computeTestsPerNgi, sharePercent } from './tests-per-ngi';

const period = projectYearPeriod(2010);
const test = (ngiName: string, iso: string) => ({ ngiName, submittedAt: new Date(iso) });

describe('Table 2: staged-rollout tests per NGI', () => {
  it('counts a component tested by two teams twice here but once in Table 1', () => {
    const resolvedAt = new Date('2010-09-10T00:00:00Z');
    const table1 = computeComponentOutcomes(
      [{ id: 'x', stackSlug: 'glite', productionAt: null, skippedRollout: false, skippedAt: null, rollouts: [{ resolved: true, outcome: 'ACCEPT', resolvedAt }] }],
      period,
    );
    const table2 = computeTestsPerNgi([test('Portugal', '2010-09-01T00:00:00Z'), test('Italy', '2010-09-02T00:00:00Z')], period);
    expect(table1.total.accepted).toBe(1);
    expect(table2.total.total).toBe(2);
    expect(table2.total.perQuarter).toEqual([0, 2, 0, 0]);
  });

  it('lists only NGIs with a test, alphabetically, with totals and one-decimal shares', () => {
    const tests = [
      test('Spain', '2010-07-31T23:59:59Z'),
      test('Spain', '2010-08-01T00:00:00Z'),
      test('CERN', '2011-04-30T23:59:59Z'),
      test('Greece', '2011-05-01T00:00:00Z'), // next project year
    ];
    const table = computeTestsPerNgi(tests, period);
    expect(table.rows.map((row) => row.ngi)).toEqual(['CERN', 'Spain']);
    expect(table.rows[1]).toEqual({ ngi: 'Spain', total: 2, share: 66.7, perQuarter: [1, 1, 0, 0] });
    expect(table.rows[0]).toEqual({ ngi: 'CERN', total: 1, share: 33.3, perQuarter: [0, 0, 0, 1] });
    expect(table.total).toEqual({ total: 3, share: 100, perQuarter: [1, 1, 0, 1] });
  });

  it('rounds shares half up as the document does', () => {
    expect(sharePercent(1, 80)).toBe(1.3);
    expect(sharePercent(13, 80)).toBe(16.3);
    expect(sharePercent(3, 80)).toBe(3.8);
    expect(sharePercent(0, 0)).toBe(0);
  });

  it('only counts tests inside a date range, in the project quarters it intersects', () => {
    const range = dateRangePeriod(new Date('2010-07-15T00:00:00Z'), new Date('2010-08-15T00:00:00Z'));
    const table = computeTestsPerNgi([test('Italy', '2010-07-14T23:59:59Z'), test('Italy', '2010-07-15T00:00:00Z'), test('Italy', '2010-08-15T23:00:00Z'), test('Italy', '2010-08-16T00:00:00Z')], range);
    expect(table.quarters.map((q) => q.key)).toEqual(['2010-Q1', '2010-Q2']);
    expect(table.rows).toEqual([{ ngi: 'Italy', total: 2, share: 100, perQuarter: [1, 1] }]);
  });

  it('returns an empty table (no rows, zero totals) when nothing was tested', () => {
    expect(computeTestsPerNgi([], period)).toMatchObject({ rows: [], total: { total: 0, share: 0, perQuarter: [0, 0, 0, 0] } });
  });
});
