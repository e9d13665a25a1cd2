import { describe, expect, it } from 'vitest';
import { autoAcceptStep, factsFingerprint, noticeWorkingDays } from './auto-accept-plan';
import type { Readiness } from './readiness';

const now = new Date('2026-12-08T12:00:00Z');
const ready: Readiness = { ready: true, state: 'READY', stalled: false, rules: [{ id: 'manager', met: true, detail: 'ok', actor: null, due: null, holds: false }] };
const held: Readiness = { ready: false, state: 'HELD', stalled: false, rules: [{ id: 'noBlockers', met: false, detail: 'Open blocker finding: Jobs lost.', actor: 'ea-A', due: null, holds: true }] };
const base = factsFingerprint({ policyId: 'p1', findingIds: ['f1'], rejectReports: [] });
const notice = (acceptAt: Date, fingerprint = base) => ({ at: new Date('2026-12-07T12:00:00Z'), fingerprint, acceptAt });

describe('autoAcceptStep', () => {
  it('starts a notice only when the stack has auto-accept on and every rule holds', () => {
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: base, notice: null, now })).toEqual({ kind: 'start' });
    expect(autoAcceptStep({ enabled: false, readiness: ready, fingerprint: base, notice: null, now })).toEqual({ kind: 'none' });
    expect(autoAcceptStep({ enabled: true, readiness: held, fingerprint: base, notice: null, now })).toEqual({ kind: 'none' });
  });

  it('accepts once the notice period is over, not a moment before', () => {
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: base, notice: notice(new Date(now.getTime() + 1)), now })).toEqual({ kind: 'none' });
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: base, notice: notice(now), now })).toEqual({ kind: 'accept' });
  });

  it('cancels on a hold, a new finding (even closed again), a REJECT report (even answered), a policy change, or auto-accept switched off', () => {
    const over = notice(now);
    expect(autoAcceptStep({ enabled: true, readiness: held, fingerprint: base, notice: over, now })).toMatchObject({ kind: 'cancel', why: expect.stringContaining('on hold') });
    const newFinding = factsFingerprint({ policyId: 'p1', findingIds: ['f1', 'f2'], rejectReports: [] });
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: newFinding, notice: over, now })).toMatchObject({ kind: 'cancel', why: expect.stringContaining('finding') });
    const reject = factsFingerprint({ policyId: 'p1', findingIds: ['f1'], rejectReports: [{ id: 'r1', submittedAt: now }] });
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: reject, notice: over, now })).toMatchObject({ kind: 'cancel', why: expect.stringContaining('REJECT') });
    const policy = factsFingerprint({ policyId: 'p2', findingIds: ['f1'], rejectReports: [] });
    expect(autoAcceptStep({ enabled: true, readiness: ready, fingerprint: policy, notice: over, now })).toMatchObject({ kind: 'cancel', why: expect.stringContaining('policy') });
    expect(autoAcceptStep({ enabled: false, readiness: ready, fingerprint: base, notice: over, now })).toMatchObject({ kind: 'cancel', why: expect.stringContaining('switched off') });
  });

  it('fingerprints ignore order; the notice period comes from the environment, 1 to 10 working days, default 1', () => {
    expect(factsFingerprint({ policyId: 'p', findingIds: ['b', 'a'], rejectReports: [] })).toBe(factsFingerprint({ policyId: 'p', findingIds: ['a', 'b'], rejectReports: [] }));
    expect(noticeWorkingDays({})).toBe(1);
    expect(noticeWorkingDays({ AUTO_ACCEPT_NOTICE_WORKING_DAYS: '3' })).toBe(3);
    expect(noticeWorkingDays({ AUTO_ACCEPT_NOTICE_WORKING_DAYS: '0' })).toBe(1);
    expect(noticeWorkingDays({ AUTO_ACCEPT_NOTICE_WORKING_DAYS: 'soon' })).toBe(1);
  });
});
