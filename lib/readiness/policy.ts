// The readiness policy of a release type (issue #14): how long the exposure lasts, how fast teams must
// reply and how much evidence an ACCEPT needs. Pure: the values live in the ReadinessPolicy table
// (versioned, edited by coordinators); this module picks which kind applies and checks the values.
import type { PolicyKind, ReleaseType } from '@/lib/generated/prisma/enums';

export const POLICY_KINDS = ['EMERGENCY', 'REVISION', 'MINOR', 'MAJOR', 'SECURITY'] as const satisfies readonly PolicyKind[];

export interface PolicyValues {
  exposureMinDays: number;
  exposureDefaultDays: number;
  exposureMaxDays: number;
  replyWorkingDays: number;
  minAcceptReports: number;
  /** Every mandatory test-plan item of the component covered by at least one team's report. */
  requireTestPlan: boolean;
}

export interface ReadinessPolicyValues extends PolicyValues {
  id: string;
  kind: PolicyKind;
  version: number;
}

/** The document's defaults (section 2.3), the same values the migration inserts as version 1. */
const REGULAR: PolicyValues = { exposureMinDays: 5, exposureDefaultDays: 7, exposureMaxDays: 7, replyWorkingDays: 1, minAcceptReports: 1, requireTestPlan: false };
const SHORT: PolicyValues = { exposureMinDays: 1, exposureDefaultDays: 2, exposureMaxDays: 2, replyWorkingDays: 1, minAcceptReports: 1, requireTestPlan: false };
export const DOCUMENT_DEFAULTS: Record<PolicyKind, PolicyValues> = { EMERGENCY: SHORT, REVISION: REGULAR, MINOR: REGULAR, MAJOR: REGULAR, SECURITY: SHORT };

export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
  EMERGENCY: 'Emergency',
  REVISION: 'Revision',
  MINOR: 'Minor',
  MAJOR: 'Major',
  SECURITY: 'Security (any type)',
};

/** A security release follows the security policy whatever its type: its fix must not wait. */
export function policyKindOf(release: { type: ReleaseType; security: boolean }): PolicyKind {
  return release.security ? 'SECURITY' : release.type;
}

const DAY_MS = 86_400_000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why an exposure from `start` to `end` lies outside the policy's range; null when inside. */
export function exposureOutsidePolicy(start: Date, end: Date, policy: PolicyValues): string | null {
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  const shown = Math.round(days * 10) / 10;
  if (days < policy.exposureMinDays) return `${shown} days is shorter than the policy’s minimum of ${plural(policy.exposureMinDays, 'day')}`;
  if (days > policy.exposureMaxDays) return `${shown} days is longer than the policy’s maximum of ${plural(policy.exposureMaxDays, 'day')}`;
  return null;
}

/** One line with the values, as shown on a rollout and on the settings page. */
export function describePolicy(policy: ReadinessPolicyValues): string {
  return (
    `${POLICY_KIND_LABELS[policy.kind]} policy v${policy.version}: exposure ${policy.exposureMinDays}–${plural(policy.exposureMaxDays, 'day')} ` +
    `(default ${policy.exposureDefaultDays}), replies within ${plural(policy.replyWorkingDays, 'working day')}, ` +
    `at least ${plural(policy.minAcceptReports, 'ACCEPT report')} after a completed exposure, no unanswered REJECT report, no open blocker finding` +
    (policy.requireTestPlan ? ', every mandatory test-plan item run by at least one team.' : '.')
  );
}
