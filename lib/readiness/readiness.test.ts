import { describe, expect, it } from 'vitest';
import { DOCUMENT_DEFAULTS, describePolicy, exposureOutsidePolicy, policyKindOf } from './policy';
import { evaluateReadiness, type ReadinessFacts, type ReadinessParticipation, RULE_IDS, type RuleId } from './readiness';

const now = new Date('2026-12-07T12:00:00Z');
const day = 86_400_000;
const at = (days: number) => new Date(now.getTime() + days * day);
const policy = DOCUMENT_DEFAULTS.MINOR;

function team(name: string, extra: Partial<ReadinessParticipation> = {}): ReadinessParticipation {
  return { teamName: name, status: 'ACCEPTED', replyDueAt: at(-9), exposureStart: at(-8), exposureEnd: at(-1), report: { recommendation: 'ACCEPT' }, ...extra };
}

/** A rollout that meets every rule: one team completed its exposure and recommends ACCEPT. */
const ready = (): ReadinessFacts => ({ ownerName: 'Maria', participations: [team('ea-A')], findings: [] });

const rule = (facts: ReadinessFacts, id: RuleId) => evaluateReadiness(facts, policy, now).rules.find((r) => r.id === id)!;

describe('evaluateReadiness', () => {
  it('is READY when every rule is met, and lists every rule once, met, with nobody to act', () => {
    const result = evaluateReadiness(ready(), policy, now);
    expect(result).toMatchObject({ ready: true, state: 'READY' });
    expect(result.rules.map((r) => r.id)).toEqual(RULE_IDS);
    for (const r of result.rules) expect(r).toMatchObject({ met: true, actor: null, due: null });
  });

  it('manager: unmet without a manager; the coordinator must act', () => {
    const facts = { ...ready(), ownerName: null };
    expect(rule(facts, 'manager')).toMatchObject({ met: false, actor: 'coordinator', holds: false });
    expect(evaluateReadiness(facts, policy, now).state).toBe('WAITING');
  });

  it('replies: an invited team within its window keeps the rollout waiting until the window ends; a late one does not', () => {
    const waiting = { ...ready(), participations: [team('ea-A'), team('ea-B', { status: 'INVITED', replyDueAt: at(0.5), exposureEnd: null, report: null })] };
    expect(rule(waiting, 'replies')).toMatchObject({ met: false, actor: 'ea-B', due: at(0.5) });
    expect(evaluateReadiness(waiting, policy, now)).toMatchObject({ ready: false, state: 'WAITING' });
    const late = { ...ready(), participations: [team('ea-A'), team('ea-B', { status: 'INVITED', replyDueAt: at(-0.1), exposureEnd: null, report: null })] };
    expect(rule(late, 'replies').met).toBe(true);
    expect(evaluateReadiness(late, policy, now).ready).toBe(true);
  });

  it('replies: the due date is the last window of the teams still expected', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { status: 'INVITED', replyDueAt: at(1), report: null }), team('ea-C', { status: 'INVITED', replyDueAt: at(2), report: null })] };
    expect(rule(facts, 'replies')).toMatchObject({ met: false, actor: 'ea-B, ea-C', due: at(2) });
  });

  it('exposures: a team whose exposure has days left keeps the rollout waiting (the rollout #81 case)', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { exposureEnd: at(6.9), report: null })] };
    expect(rule(facts, 'exposures')).toMatchObject({ met: false, actor: 'ea-B', due: at(6.9) });
    expect(evaluateReadiness(facts, policy, now).state).toBe('WAITING');
  });

  it('exposures: a team that has not installed yet has no due date', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { exposureStart: null, exposureEnd: null, report: null })] };
    expect(rule(facts, 'exposures')).toMatchObject({ met: false, actor: 'ea-B', due: null });
    expect(rule(facts, 'exposures').detail).toContain('not installed yet');
  });

  it('exposures: declined, withdrawn and closed teams are not waited for', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { status: 'WITHDRAWN', exposureEnd: at(3), report: null }), team('ea-C', { status: 'DECLINED', exposureEnd: null, report: null })] };
    expect(rule(facts, 'exposures').met).toBe(true);
  });

  it('acceptReports: an ACCEPT report sent before the exposure ended is not yet evidence', () => {
    const facts = { ...ready(), participations: [team('ea-A', { exposureEnd: at(2) })] };
    expect(rule(facts, 'acceptReports')).toMatchObject({ met: false });
    expect(rule(facts, 'acceptReports').detail).toContain('0 of 1');
  });

  it('acceptReports: the teams still to report must act, by the earliest end of their exposure', () => {
    const facts = { ...ready(), participations: [team('ea-A', { report: null, exposureEnd: at(3) }), team('ea-B', { report: null, exposureEnd: at(1) })] };
    expect(rule(facts, 'acceptReports')).toMatchObject({ met: false, actor: 'ea-A, ea-B', due: at(1) });
  });

  it('acceptReports: with nobody testing, the manager must find teams', () => {
    const facts = { ...ready(), participations: [team('ea-A', { status: 'DECLINED', report: null })] };
    expect(rule(facts, 'acceptReports')).toMatchObject({ met: false, actor: 'manager', due: null });
    expect(rule(facts, 'acceptReports').detail).toContain('No team has accepted yet');
    expect(rule({ ...ready(), participations: [] }, 'acceptReports').detail).toContain('No Early Adopter team invited yet');
  });

  it('acceptReports: the policy sets how many ACCEPT reports are needed', () => {
    const two = { ...policy, minAcceptReports: 2 };
    const facts = ready();
    expect(evaluateReadiness(facts, two, now).rules.find((r) => r.id === 'acceptReports')!.met).toBe(false);
    facts.participations.push(team('ea-B'));
    expect(evaluateReadiness(facts, two, now).ready).toBe(true);
  });

  it('noRejectReports: a REJECT recommendation HOLDS the rollout, the manager must answer', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { report: { recommendation: 'REJECT' } })] };
    expect(rule(facts, 'noRejectReports')).toMatchObject({ met: false, actor: 'manager', holds: true });
    expect(evaluateReadiness(facts, policy, now)).toMatchObject({ ready: false, state: 'HELD' });
  });

  it('noRejectReports: once the manager answered the REJECT report, it no longer holds (and is no ACCEPT evidence)', () => {
    const facts = { ...ready(), participations: [team('ea-A'), team('ea-B', { report: { recommendation: 'REJECT', rejectAnswered: true } })] };
    expect(rule(facts, 'noRejectReports')).toMatchObject({ met: true, actor: null });
    expect(rule(facts, 'noRejectReports').detail).toContain('ea-B');
    expect(evaluateReadiness(facts, policy, now).state).toBe('READY');
    const onlyReject = { ...ready(), participations: [team('ea-B', { report: { recommendation: 'REJECT', rejectAnswered: true } })] };
    expect(evaluateReadiness(onlyReject, policy, now).state).toBe('WAITING');
    expect(rule(onlyReject, 'acceptReports').met).toBe(false);
  });

  it('testPlan: met when the policy does not ask; when it does, every mandatory item needs one team that ran it', () => {
    const plan = [
      { id: 'submit', title: 'Submit a job through the CE', mandatory: true },
      { id: 'list', title: 'List a directory via SRM', mandatory: true },
      { id: 'extra', title: 'Optional stress test', mandatory: false },
    ];
    const strict = { ...policy, requireTestPlan: true };
    const covered = { ...ready(), testPlan: plan, participations: [team('ea-A', { report: { recommendation: 'ACCEPT', testedItemIds: ['submit'] } }), team('ea-B', { report: { recommendation: 'ACCEPT', testedItemIds: ['list'] } })] };
    expect(evaluateReadiness(covered, strict, now).ready).toBe(true);
    const partial = { ...ready(), testPlan: plan, participations: [team('ea-A', { report: { recommendation: 'ACCEPT', testedItemIds: ['submit', 'extra'] } })] };
    const unmet = evaluateReadiness(partial, strict, now).rules.find((r) => r.id === 'testPlan')!;
    expect(unmet).toMatchObject({ met: false, holds: false, actor: 'manager' });
    expect(unmet.detail).toContain('List a directory via SRM');
    expect(unmet.detail).not.toContain('Optional stress test');
    expect(evaluateReadiness(partial, strict, now).state).toBe('WAITING');
    expect(evaluateReadiness(partial, policy, now).ready).toBe(true);
    expect(evaluateReadiness({ ...ready(), testPlan: [] }, strict, now).ready).toBe(true);
    // A team still testing is who must act.
    const pending = { ...partial, participations: [...partial.participations, team('ea-C', { exposureEnd: at(-0.5), report: null })] };
    expect(evaluateReadiness(pending, strict, now).rules.find((r) => r.id === 'testPlan')!.actor).toBe('ea-C');
  });

  it('stalled: waiting with nothing left to wait for (windows and exposures passed, reports due) and not enough evidence', () => {
    const noEvidence = { ...ready(), participations: [team('ea-A', { exposureEnd: at(-3), report: null }), team('ea-B', { status: 'INVITED', replyDueAt: at(-5), exposureEnd: null, report: null })] };
    expect(evaluateReadiness(noEvidence, policy, now)).toMatchObject({ state: 'WAITING', stalled: true });
    // The team whose exposure just ended still has a reply window to send its report.
    const justEnded = { ...noEvidence, participations: [team('ea-A', { exposureEnd: at(-0.5), report: null })] };
    expect(evaluateReadiness(justEnded, policy, now).stalled).toBe(false);
    // Something still runs on the clock: not stalled.
    const running = { ...noEvidence, participations: [...noEvidence.participations, team('ea-C', { exposureEnd: at(2), report: null })] };
    expect(evaluateReadiness(running, policy, now).stalled).toBe(false);
    const waitingReply = { ...noEvidence, participations: [team('ea-B', { status: 'INVITED', replyDueAt: at(0.5), exposureEnd: null, report: null })] };
    expect(evaluateReadiness(waitingReply, policy, now).stalled).toBe(false);
    // Nobody invited yet is the manager's first step, not a stall; ready and held are never stalled.
    expect(evaluateReadiness({ ...ready(), participations: [] }, policy, now).stalled).toBe(false);
    expect(evaluateReadiness(ready(), policy, now).stalled).toBe(false);
    const held = { ...noEvidence, findings: [{ title: 'Jobs lost', severity: 'BLOCKER' as const, open: true, teamName: 'ea-A' }] };
    expect(evaluateReadiness(held, policy, now)).toMatchObject({ state: 'HELD', stalled: false });
    // A declined-only rollout stalls too: the manager can call for volunteers.
    expect(evaluateReadiness({ ...ready(), participations: [team('ea-A', { status: 'DECLINED', exposureEnd: null, report: null })] }, policy, now).stalled).toBe(true);
  });

  it('noBlockers: an open blocker HOLDS the rollout; closed blockers and other severities do not', () => {
    const blocker = { title: 'Jobs lost', severity: 'BLOCKER' as const, open: true, teamName: 'ea-A' };
    expect(rule({ ...ready(), findings: [blocker] }, 'noBlockers')).toMatchObject({ met: false, actor: 'ea-A', holds: true });
    expect(evaluateReadiness({ ...ready(), findings: [blocker] }, policy, now).state).toBe('HELD');
    for (const severity of ['MAJOR', 'MINOR', 'INFO'] as const) {
      expect(evaluateReadiness({ ...ready(), findings: [{ ...blocker, severity }] }, policy, now).ready).toBe(true);
    }
    expect(evaluateReadiness({ ...ready(), findings: [{ ...blocker, open: false }] }, policy, now).ready).toBe(true);
    expect(rule({ ...ready(), findings: [{ ...blocker, teamName: null }] }, 'noBlockers').actor).toBe('manager');
  });

  it('HELD wins over WAITING when both kinds of rule are unmet', () => {
    const facts = { ownerName: null, participations: [team('ea-A', { report: { recommendation: 'REJECT' } })], findings: [] };
    expect(evaluateReadiness(facts, policy, now).state).toBe('HELD');
  });
});

describe('readiness policy', () => {
  it('a security release follows the security policy whatever its type; others follow their type', () => {
    expect(policyKindOf({ type: 'MAJOR', security: true })).toBe('SECURITY');
    expect(policyKindOf({ type: 'EMERGENCY', security: false })).toBe('EMERGENCY');
    expect(policyKindOf({ type: 'MINOR', security: false })).toBe('MINOR');
  });

  it('has the document defaults: 5-7 days (default 7), emergency and security 1-2 days (default 2), 1 working day replies', () => {
    expect(DOCUMENT_DEFAULTS.MINOR).toEqual({ exposureMinDays: 5, exposureDefaultDays: 7, exposureMaxDays: 7, replyWorkingDays: 1, minAcceptReports: 1, requireTestPlan: false });
    expect(DOCUMENT_DEFAULTS.SECURITY).toMatchObject({ exposureMinDays: 1, exposureDefaultDays: 2 });
    expect(DOCUMENT_DEFAULTS.EMERGENCY).toMatchObject({ exposureMinDays: 1, exposureDefaultDays: 2 });
  });

  it('says when an exposure lies outside the range, and why', () => {
    const start = new Date('2026-12-01T00:00:00Z');
    expect(exposureOutsidePolicy(start, new Date(start.getTime() + 2 * day), policy)).toMatch(/shorter than the policy’s minimum of 5 days/);
    expect(exposureOutsidePolicy(start, new Date(start.getTime() + 24 * day), policy)).toMatch(/longer than the policy’s maximum of 7 days/);
    expect(exposureOutsidePolicy(start, new Date(start.getTime() + 5 * day), policy)).toBeNull();
    expect(exposureOutsidePolicy(start, new Date(start.getTime() + 7 * day), policy)).toBeNull();
  });

  it('describes the values that applied', () => {
    expect(describePolicy({ id: 'p', kind: 'SECURITY', version: 3, ...DOCUMENT_DEFAULTS.SECURITY })).toContain('Security (any type) policy v3: exposure 1–2 days (default 2)');
  });
});
