import { describe, expect, it } from 'vitest';
import { computeComponentOutcomes } from './component-outcomes';
import { projectYearPeriod } from './project-quarters';
import type { ReleaseRow } from './types';

let n = 0;
function release(partial: Partial<ReleaseRow>): ReleaseRow {
  return { id: `r${++n}`, stackSlug: 'glite', productionAt: null, skippedRollout: false, skippedAt: null, rollouts: [], ...partial };
}
const resolved = (outcome: 'ACCEPT' | 'REJECT', iso: string) => ({ resolved: true, outcome, resolvedAt: new Date(iso) });
const period = projectYearPeriod(2010);
const cells = (releases: ReleaseRow[]) => computeComponentOutcomes(releases, period).rows.map((r) => [r.accepted, r.rejected, r.noTest]);

describe('Table 1: components accepted / rejected / no test', () => {
  it('splits quarters exactly at midnight UTC', () => {
    const table = cells([release({ rollouts: [resolved('ACCEPT', '2010-07-31T23:59:59Z')] }), release({ rollouts: [resolved('ACCEPT', '2010-08-01T00:00:00Z')] })]);
    expect(table).toEqual([[1, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });

  it('counts a release once however many platforms (rollouts) tested it, in the quarter of the last resolution', () => {
    const table = computeComponentOutcomes(
      [release({ rollouts: [resolved('ACCEPT', '2010-07-20T10:00:00Z'), resolved('ACCEPT', '2010-08-03T10:00:00Z')] })],
      period,
    );
    expect(table.rows.map((r) => r.accepted)).toEqual([0, 1, 0, 0]);
    expect(table.total).toEqual({ accepted: 1, rejected: 0, noTest: 0 });
  });

  it('counts the accepted releases of the period that a coordinator accepted with override, never a rejected one', () => {
    const table = computeComponentOutcomes(
      [
        release({ rollouts: [{ ...resolved('ACCEPT', '2010-06-01T00:00:00Z'), override: true }, resolved('ACCEPT', '2010-06-02T00:00:00Z')] }),
        release({ rollouts: [resolved('ACCEPT', '2010-06-03T00:00:00Z')] }),
        release({ rollouts: [{ ...resolved('ACCEPT', '2010-06-04T00:00:00Z'), override: true }, resolved('REJECT', '2010-06-05T00:00:00Z')] }),
        release({ rollouts: [{ ...resolved('ACCEPT', '2012-06-01T00:00:00Z'), override: true }] }), // outside the period
      ],
      period,
    );
    expect(table.total).toEqual({ accepted: 2, rejected: 1, noTest: 0 });
    expect(table.acceptedWithOverride).toBe(1);
  });

  it('rejects a release when any of its rollouts was rejected', () => {
    const table = cells([release({ rollouts: [resolved('ACCEPT', '2010-06-01T00:00:00Z'), resolved('REJECT', '2010-06-02T00:00:00Z')] })]);
    expect(table[0]).toEqual([0, 1, 0]);
  });

  it('counts a rejected version and its accepted successor as one rejected and one accepted', () => {
    const table = computeComponentOutcomes(
      [release({ rollouts: [resolved('REJECT', '2010-09-01T00:00:00Z')] }), release({ rollouts: [resolved('ACCEPT', '2010-09-20T00:00:00Z')] })],
      period,
    );
    expect(table.rows[1]).toMatchObject({ accepted: 1, rejected: 1, noTest: 0 });
    expect(table.total).toEqual({ accepted: 1, rejected: 1, noTest: 0 });
  });

  it('counts skipped rollouts and releases in production without any rollout as No test, by production date', () => {
    const table = cells([
      release({ skippedRollout: true, productionAt: new Date('2010-11-01T00:00:00Z') }),
      release({ productionAt: new Date('2010-10-31T23:59:59Z') }),
      release({ skippedRollout: true, skippedAt: new Date('2011-03-01T00:00:00Z') }),
    ]);
    expect(table).toEqual([[0, 0, 0], [0, 0, 1], [0, 0, 1], [0, 0, 1]]);
  });

  it('ignores open rollouts, undecided releases and anything outside the period', () => {
    const table = computeComponentOutcomes(
      [
        release({ rollouts: [{ resolved: false, outcome: null, resolvedAt: null }], productionAt: new Date('2010-06-01T00:00:00Z') }),
        release({ rollouts: [resolved('ACCEPT', '2011-05-01T00:00:00Z')] }),
        release({ rollouts: [resolved('ACCEPT', '2010-04-30T23:59:59Z')] }),
        release({}),
      ],
      period,
    );
    expect(table.total).toEqual({ accepted: 0, rejected: 0, noTest: 0 });
  });

  it('waits for the last platform: an accepted platform with a sibling still in staged rollout or in verification counts nothing yet', () => {
    const open = { resolved: false, outcome: null, resolvedAt: null };
    expect(computeComponentOutcomes([release({ rollouts: [resolved('ACCEPT', '2010-06-01T00:00:00Z'), open] })], period).total).toEqual({ accepted: 0, rejected: 0, noTest: 0 });
    expect(computeComponentOutcomes([release({ unfinished: true, rollouts: [resolved('ACCEPT', '2010-06-01T00:00:00Z')] })], period).total).toEqual({ accepted: 0, rejected: 0, noTest: 0 });
    // Once the sibling ends (rejected in Q2), the component counts once, Rejected, in Q2.
    const ended = cells([release({ rollouts: [resolved('ACCEPT', '2010-06-01T00:00:00Z'), resolved('REJECT', '2010-08-15T00:00:00Z')] })]);
    expect(ended).toEqual([[0, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 0]]);
  });
});
