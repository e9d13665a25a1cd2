// Is a rollout ready to accept? ONE pure function over stored facts (participations, reports,
// findings, the manager) and the policy that applies; never over counters. Every path that may
// accept (page, API, e-mail, worker) and every view (panel, list, overview, API, feeds) asks it.
// The rules are data (READINESS_RULES): a rule that holds the rollout makes its state HELD, any other
// unmet rule makes it WAITING; a new rule (e.g. supersession) is one more entry.
import type { FindingSeverity, Outcome, ParticipationStatus } from '@/lib/generated/prisma/enums';
import type { PolicyValues } from './policy';

export const READINESS_STATES = ['READY', 'WAITING', 'HELD'] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

export interface ReadinessParticipation {
  teamName: string;
  status: ParticipationStatus;
  replyDueAt: Date | null;
  exposureStart: Date | null;
  exposureEnd: Date | null;
  /** `rejectAnswered`: the manager answered this report's REJECT recommendation (it no longer holds the rollout). */
  report: { recommendation: Outcome; rejectAnswered?: boolean; testedItemIds?: string[] } | null;
}

/** One item of the component's test plan (the catalogue's checklist). */
export interface ReadinessTestPlanItem {
  id: string;
  title: string;
  mandatory: boolean;
}

export interface ReadinessFacts {
  ownerName: string | null;
  participations: ReadinessParticipation[];
  findings: { title: string; severity: FindingSeverity; open: boolean; teamName: string | null }[];
  /** The component's current test plan; read only when the policy requires it to be covered. */
  testPlan?: ReadinessTestPlanItem[];
}

export interface ReadinessRule {
  id: RuleId;
  met: boolean;
  /** What the rule asks, and what is missing when unmet. */
  detail: string;
  /** Who must act for the rule to be met (null when met). */
  actor: string | null;
  /** When that is expected (null when met or when nobody can say). */
  due: Date | null;
  /** An unmet holding rule puts the rollout on HOLD (not merely waiting). */
  holds: boolean;
}

export interface Readiness {
  ready: boolean;
  state: ReadinessState;
  /**
   * WAITING with nothing left to wait for (Argo Rollouts' "inconclusive"): the reply windows and the
   * exposures have passed, the reports were due, and the evidence is still not enough. Only the
   * manager can move it on: call for volunteers, extend (invite, move an exposure end) or reject.
   */
  stalled: boolean;
  rules: ReadinessRule[];
}

type RuleResult = Omit<ReadinessRule, 'id' | 'holds'>;
interface RuleDefinition {
  id: string;
  holds: boolean;
  evaluate: (facts: ReadinessFacts, policy: PolicyValues, now: Date) => RuleResult;
}

const TESTING: readonly ParticipationStatus[] = ['ACCEPTED', 'VOLUNTEERED'];
const names = (list: { teamName: string }[]) => list.map((p) => p.teamName).join(', ');
const ended = (p: ReadinessParticipation, now: Date) => !!p.exposureEnd && p.exposureEnd.getTime() <= now.getTime();
const latest = (dates: (Date | null)[]) => dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);
const earliest = (dates: (Date | null)[]) => dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);
const met = (detail: string): RuleResult => ({ met: true, detail, actor: null, due: null });
const testing = (facts: ReadinessFacts) => facts.participations.filter((p) => TESTING.includes(p.status));

export const READINESS_RULES = [
  {
    id: 'manager',
    holds: false,
    evaluate: (facts) =>
      facts.ownerName
        ? met(`A manager runs the rollout (${facts.ownerName}).`)
        : { met: false, detail: 'No manager yet: the coordinator must assign the rollout to a manager of the stack.', actor: 'coordinator', due: null },
  },
  {
    id: 'replies',
    holds: false,
    evaluate: (facts, policy, now) => {
      // A team that let its reply window pass is "marked late by the clock": it no longer holds the rollout.
      const waiting = facts.participations.filter((p) => p.status === 'INVITED' && !(p.replyDueAt && p.replyDueAt.getTime() < now.getTime()));
      if (waiting.length === 0) return met(`Every invited team has answered or is late (reply window ${policy.replyWorkingDays} working day${policy.replyWorkingDays === 1 ? '' : 's'}).`);
      return { met: false, detail: `Waiting for replies from ${names(waiting)}.`, actor: names(waiting), due: latest(waiting.map((p) => p.replyDueAt)) };
    },
  },
  {
    id: 'exposures',
    holds: false,
    evaluate: (facts, _policy, now) => {
      const running = testing(facts).filter((p) => !ended(p, now));
      if (running.length === 0) return met('Every team testing has completed its exposure period.');
      const notInstalled = running.filter((p) => !p.exposureEnd);
      const detail = `Exposure not completed: ${running.map((p) => `${p.teamName} (${p.exposureEnd ? 'running' : 'not installed yet'})`).join(', ')}.`;
      return { met: false, detail, actor: names(running), due: notInstalled.length ? null : latest(running.map((p) => p.exposureEnd)) };
    },
  },
  {
    id: 'acceptReports',
    holds: false,
    evaluate: (facts, policy, now) => {
      const evidence = testing(facts).filter((p) => ended(p, now) && p.report?.recommendation === 'ACCEPT');
      const want = policy.minAcceptReports;
      if (evidence.length >= want) return met(`${evidence.length} report${evidence.length === 1 ? '' : 's'} recommending ACCEPT after a completed exposure (${names(evidence)}); the policy asks for ${want}.`);
      const pending = testing(facts).filter((p) => !p.report);
      const detail = `${evidence.length} of ${want} report${want === 1 ? '' : 's'} recommending ACCEPT after a completed exposure.`;
      if (pending.length === 0) {
        const why = facts.participations.length === 0 ? 'No Early Adopter team invited yet: the manager must select the teams.' : 'No team has accepted yet: the manager can call for volunteers.';
        return { met: false, detail: `${detail} ${why}`, actor: 'manager', due: null };
      }
      return { met: false, detail, actor: names(pending), due: earliest(pending.map((p) => p.exposureEnd)) };
    },
  },
  {
    id: 'noRejectReports',
    holds: true,
    evaluate: (facts) => {
      const rejecting = facts.participations.filter((p) => p.report?.recommendation === 'REJECT');
      // A REJECT recommendation counts as a blocker until the manager answers it (with a reason, audited).
      const unanswered = rejecting.filter((p) => !p.report?.rejectAnswered);
      if (rejecting.length === 0) return met('No report recommends REJECT.');
      if (unanswered.length === 0) return met(`The manager answered the REJECT recommendation${rejecting.length === 1 ? '' : 's'} of ${names(rejecting)}.`);
      return { met: false, detail: `Recommended REJECT: ${names(unanswered)}. The manager must answer it (reject the rollout, or answer the report with a reason).`, actor: 'manager', due: null };
    },
  },
  {
    id: 'noBlockers',
    holds: true,
    evaluate: (facts) => {
      const blockers = facts.findings.filter((f) => f.open && f.severity === 'BLOCKER');
      if (blockers.length === 0) return met('No open blocker finding.');
      const who = [...new Set(blockers.map((f) => f.teamName ?? 'manager'))].join(', ');
      return { met: false, detail: `Open blocker finding${blockers.length === 1 ? '' : 's'}: ${blockers.map((f) => f.title).join('; ')}. Close it or downgrade it with a reason.`, actor: who, due: null };
    },
  },
  {
    id: 'testPlan',
    holds: false,
    evaluate: (facts, policy) => {
      const mandatory = (facts.testPlan ?? []).filter((item) => item.mandatory);
      if (!policy.requireTestPlan) return met('The policy does not require the test plan to be covered.');
      if (mandatory.length === 0) return met('The component has no mandatory test-plan item.');
      const ran = new Set(testing(facts).flatMap((p) => p.report?.testedItemIds ?? []));
      const missing = mandatory.filter((item) => !ran.has(item.id));
      if (missing.length === 0) return met(`Every mandatory test-plan item (${mandatory.length}) was run by at least one team.`);
      const pending = testing(facts).filter((p) => !p.report);
      const detail = `Test plan not covered: nobody reported running ${missing.map((item) => `“${item.title}”`).join(', ')}.`;
      return { met: false, detail, actor: pending.length ? names(pending) : 'manager', due: null };
    },
  },
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof READINESS_RULES)[number]['id'];
export const RULE_IDS = READINESS_RULES.map((rule) => rule.id) as RuleId[];

/** Evidence rules: what a stalled rollout lacks. */
const EVIDENCE_RULES: readonly RuleId[] = ['acceptReports', 'testPlan'];
/** Rules that wait on the clock: while one is unmet the rollout is waiting, not stalled. */
const CLOCK_RULES: readonly RuleId[] = ['manager', 'replies', 'exposures'];

function isStalled(facts: ReadinessFacts, policy: PolicyValues, now: Date, state: ReadinessState, unmet: ReadinessRule[]): boolean {
  if (state !== 'WAITING' || facts.participations.length === 0) return false;
  if (unmet.some((rule) => CLOCK_RULES.includes(rule.id)) || !unmet.some((rule) => EVIDENCE_RULES.includes(rule.id))) return false;
  // A team whose exposure ended has the reply window's length (in days) to send its report.
  const graceMs = policy.replyWorkingDays * 86_400_000;
  return !testing(facts).some((p) => !p.report && p.exposureEnd && p.exposureEnd.getTime() + graceMs > now.getTime());
}

export function evaluateReadiness(facts: ReadinessFacts, policy: PolicyValues, now: Date): Readiness {
  const rules: ReadinessRule[] = READINESS_RULES.map((rule) => ({ id: rule.id, holds: rule.holds, ...(rule.evaluate as RuleDefinition['evaluate'])(facts, policy, now) }));
  const unmet = rules.filter((rule) => !rule.met);
  const state: ReadinessState = unmet.some((rule) => rule.holds) ? 'HELD' : unmet.length ? 'WAITING' : 'READY';
  return { ready: state === 'READY', state, stalled: isStalled(facts, policy, now, state, unmet), rules };
}

export function unmetRules(readiness: Readiness): ReadinessRule[] {
  return readiness.rules.filter((rule) => !rule.met);
}
