import { describe, expect, it } from 'vitest';
import { canRolloutDo, nextRolloutStatus, ROLLOUT_EVENTS, ROLLOUT_STATUSES, rolloutRefusal, type RolloutEvent } from './rollout-machine';
import type { RolloutStatus } from '@/lib/generated/prisma/enums';

// The expected table, written out independently of the constant so that a change to one shows up here.
const LEGAL: Record<RolloutEvent, Partial<Record<RolloutStatus, RolloutStatus>>> = {
  assign: { NEW: 'OPEN', OPEN: 'OPEN' },
  invite: { OPEN: 'OPEN' },
  reply: { OPEN: 'OPEN' },
  callVolunteers: { OPEN: 'OPEN' },
  volunteer: { OPEN: 'OPEN' },
  participate: { OPEN: 'OPEN' },
  report: { OPEN: 'OPEN' },
  setExposureEnd: { OPEN: 'OPEN' },
  resolve: { OPEN: 'RESOLVED' },
  comment: { NEW: 'NEW', OPEN: 'OPEN', RESOLVED: 'RESOLVED' },
};

describe('rollout status machine', () => {
  it('knows exactly the expected events', () => {
    expect([...ROLLOUT_EVENTS].sort()).toEqual(Object.keys(LEGAL).sort());
  });

  for (const event of Object.keys(LEGAL) as RolloutEvent[]) {
    for (const status of ROLLOUT_STATUSES) {
      const expected = LEGAL[event][status] ?? null;
      it(`${event} in ${status} -> ${expected ?? 'refused'}`, () => {
        expect(nextRolloutStatus(status, event)).toBe(expected);
        expect(canRolloutDo(status, event)).toBe(expected !== null);
        const refusal = rolloutRefusal(status, event);
        if (expected) expect(refusal).toBeNull();
        else expect(refusal).toMatch(/^You cannot .+ on this rollout: .+\.$/);
      });
    }
  }

  it('moves NEW to OPEN on assignment and keeps OPEN on re-assignment', () => {
    expect(nextRolloutStatus('NEW', 'assign')).toBe('OPEN');
    expect(nextRolloutStatus('OPEN', 'assign')).toBe('OPEN');
  });

  it('resolves only an open rollout and never re-opens a resolved one', () => {
    expect(nextRolloutStatus('OPEN', 'resolve')).toBe('RESOLVED');
    expect(nextRolloutStatus('NEW', 'resolve')).toBeNull();
    for (const event of ROLLOUT_EVENTS) {
      if (event !== 'comment') expect(nextRolloutStatus('RESOLVED', event)).toBeNull();
    }
  });

  it('explains a refusal by the current status', () => {
    expect(rolloutRefusal('NEW', 'invite')).toContain('no manager yet');
    expect(rolloutRefusal('RESOLVED', 'resolve')).toContain('already resolved');
  });
});
