import { describe, expect, it } from 'vitest';
import { projectYearPeriod } from './project-quarters';
import { computeTimeMeasures, durationStats } from './time-measures';

const period = projectYearPeriod(2010);
const stacks = [
  { slug: 'arc', name: 'ARC' },
  { slug: 'glite', name: 'gLite' },
];
const d = (iso: string) => new Date(iso);

describe('time measures', () => {
  it('computes the median (mean of the middle pair) and the nearest-rank 90th percentile', () => {
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null });
    expect(durationStats([5, 1, 3])).toEqual({ count: 3, median: 3, p90: 5 });
    expect(durationStats([1, 2, 3, 4])).toEqual({ count: 4, median: 2.5, p90: 4 });
    expect(durationStats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100])).toMatchObject({ median: 6, p90: 10 });
  });

  it('measures reply hours, exposure days and days to outcome per stack, within the period', () => {
    const table = computeTimeMeasures(
      stacks,
      [
        { stackSlug: 'glite', invitedAt: d('2010-06-01T08:00:00Z'), repliedAt: d('2010-06-01T14:00:00Z'), exposureStart: d('2010-06-03T00:00:00Z'), exposureEnd: d('2010-06-10T00:00:00Z') },
        { stackSlug: 'glite', invitedAt: d('2010-06-01T08:00:00Z'), repliedAt: d('2010-06-02T08:00:00Z'), exposureStart: d('2010-06-04T00:00:00Z'), exposureEnd: d('2010-06-09T12:00:00Z') },
        { stackSlug: 'arc', invitedAt: d('2010-04-30T08:00:00Z'), repliedAt: d('2010-04-30T20:00:00Z'), exposureStart: null, exposureEnd: null }, // replied before the period
        { stackSlug: 'arc', invitedAt: d('2010-06-01T08:00:00Z'), repliedAt: null, exposureStart: null, exposureEnd: null }, // never replied
      ],
      [
        { stackSlug: 'glite', createdAt: d('2010-06-01T00:00:00Z'), resolvedAt: d('2010-06-15T00:00:00Z') },
        { stackSlug: 'arc', createdAt: d('2010-06-01T00:00:00Z'), resolvedAt: null },
      ],
      period,
    );
    const glite = table.rows.find((row) => row.stack === 'glite')!;
    expect(glite.replyHours).toEqual({ count: 2, median: 15, p90: 24 });
    expect(glite.exposureDays).toEqual({ count: 2, median: 6.3, p90: 7 });
    expect(glite.outcomeDays).toEqual({ count: 1, median: 14, p90: 14 });
    const arc = table.rows.find((row) => row.stack === 'arc')!;
    expect(arc.replyHours.count).toBe(0);
    expect(arc.outcomeDays.count).toBe(0);
    expect(table.all.replyHours.count).toBe(2);
  });
});
