// Auto-accept (Bodhi's autopush with its bug class closed), the decision part: pure. A rollout of a
// stack with auto-accept on starts a notice period when every readiness rule holds; it is resolved
// ACCEPT only when the rules held for the whole period AND nothing that could change the verdict
// happened meanwhile (the facts fingerprint: a new finding, even one closed again; a REJECT report,
// even one answered again; a policy change). Anything else cancels the notice; a new one starts when
// the rules hold again. The worker applies the step (scan-readiness.ts).
import type { Readiness } from './readiness';

export const DEFAULT_NOTICE_WORKING_DAYS = 1;

/** The notice period in working days: AUTO_ACCEPT_NOTICE_WORKING_DAYS (1 to 10), default 1. */
export function noticeWorkingDays(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.AUTO_ACCEPT_NOTICE_WORKING_DAYS ?? DEFAULT_NOTICE_WORKING_DAYS);
  return Number.isInteger(value) && value >= 1 && value <= 10 ? value : DEFAULT_NOTICE_WORKING_DAYS;
}

export interface FingerprintFacts {
  policyId: string;
  findingIds: string[];
  /** Reports recommending REJECT, answered or not: id and when it was sent (a replaced report is new). */
  rejectReports: { id: string; submittedAt: Date }[];
}

/** What must not change during a notice period, as one comparable string. */
export function factsFingerprint(facts: FingerprintFacts): string {
  const findings = [...facts.findingIds].sort().join(',');
  const rejects = facts.rejectReports.map((r) => `${r.id}@${r.submittedAt.toISOString()}`).sort().join(',');
  return `policy=${facts.policyId};findings=${findings};rejects=${rejects}`;
}

export type AutoAcceptStep =
  | { kind: 'none' }
  | { kind: 'start' }
  | { kind: 'cancel'; why: string }
  | { kind: 'accept' };

export interface AutoAcceptState {
  enabled: boolean;
  readiness: Readiness;
  fingerprint: string;
  notice: { at: Date; fingerprint: string; acceptAt: Date } | null;
  now: Date;
}

/** Why the facts changed, in words, from two fingerprints. */
function whatChanged(before: string, after: string): string {
  const parts = (value: string) => Object.fromEntries(value.split(';').map((part) => part.split('=') as [string, string]));
  const [a, b] = [parts(before), parts(after)];
  if (a.policy !== b.policy) return 'the readiness policy changed';
  if (a.findings !== b.findings) return 'a finding was logged';
  return 'a report recommending REJECT arrived';
}

export function autoAcceptStep(state: AutoAcceptState): AutoAcceptStep {
  const { enabled, readiness, fingerprint, notice, now } = state;
  if (!notice) return enabled && readiness.ready ? { kind: 'start' } : { kind: 'none' };
  if (!enabled) return { kind: 'cancel', why: 'auto-accept was switched off for the stack.' };
  if (!readiness.ready) {
    const unmet = readiness.rules.filter((rule) => !rule.met).map((rule) => rule.detail);
    return { kind: 'cancel', why: `${readiness.state === 'HELD' ? 'the rollout is on hold' : 'a readiness rule is no longer met'}: ${unmet.join(' ')}` };
  }
  if (notice.fingerprint !== fingerprint) return { kind: 'cancel', why: `${whatChanged(notice.fingerprint, fingerprint)} during the notice period.` };
  return now.getTime() >= notice.acceptAt.getTime() ? { kind: 'accept' } : { kind: 'none' };
}
