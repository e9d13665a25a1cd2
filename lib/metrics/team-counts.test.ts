import { describe, expect, it } from 'vitest';
import { dateRangePeriod, projectYearPeriod } from './project-quarters';
import { computeTeamCounts } from './team-counts';

const team = (created: string, retired: string | null = null) => ({ createdAt: new Date(created), retiredAt: retired ? new Date(retired) : null });

describe('Table 3: EA teams at each quarter end', () => {
  it('counts teams created by the last instant of the quarter and not retired by then', () => {
    const teams = [
      team('2009-09-14T00:00:00Z'),
      team('2010-07-31T23:59:59Z'), // last second of Q1: counted at Q1 end
      team('2010-08-01T00:00:00Z'), // first instant of Q2
      team('2009-01-01T00:00:00Z', '2010-08-01T00:00:00Z'), // retired at the start of Q2: alive at Q1 end
      team('2009-01-01T00:00:00Z', '2010-07-31T23:59:59Z'), // retired within Q1: gone at Q1 end
      team('2010-11-01T00:00:00Z', '2011-03-01T00:00:00Z'), // lived through Q3 only
    ];
    const table = computeTeamCounts(teams, projectYearPeriod(2010));
    expect(table.rows.map((row) => row.teams)).toEqual([3, 3, 4, 3]);
    expect(table.rows[0]!.asOf).toBe('2010-07-31T23:59:59.999Z');
  });

  it('takes the count at the end of a date range that stops inside a quarter', () => {
    const period = dateRangePeriod(new Date('2010-05-01T00:00:00Z'), new Date('2010-06-15T00:00:00Z'));
    const table = computeTeamCounts([team('2010-06-15T12:00:00Z'), team('2010-06-16T00:00:00Z')], period);
    expect(table.rows).toEqual([{ quarter: '2010-Q1', label: 'Q1', asOf: '2010-06-15T23:59:59.999Z', teams: 1, reconstructed: false }]);
  });
});
