// The child-ticket (Product-Platform-Architecture) state machine of the `sw-rel` queue, section 2.3 of
// the reference document. The transition table is the ONE source of truth: the UI, the API, the
// rollout outcome and the tests all consult it. Pure: no database.
import type { ReleaseItemState, ReleaseType } from '@/lib/generated/prisma/enums';
import { ConflictError } from '@/lib/errors';
import { assertEvent, type EventTable, nextState } from '@/lib/state-machine';

export const RELEASE_ITEM_STATES = [
  'UNVERIFIED',
  'IN_VERIFICATION',
  'VERIFICATION_REJECTED',
  'STAGED_ROLLOUT',
  'SKIPPED_ROLLOUT',
  'PRODUCTION',
  'ROLLOUT_REJECTED',
] as const satisfies readonly ReleaseItemState[];

/** event -> from -> to, the shape of every machine here (lib/state-machine.ts). Each event leads to one
 *  state, so a request naming the target state (the UI, the API) names its event. */
export const RELEASE_ITEM_TRANSITIONS = {
  startVerification: { UNVERIFIED: 'IN_VERIFICATION' },
  passVerification: { IN_VERIFICATION: 'STAGED_ROLLOUT' },
  rejectInVerification: { IN_VERIFICATION: 'VERIFICATION_REJECTED' },
  // An emergency may skip staged rollout, never verification: only from IN_VERIFICATION (issue #14).
  skipRollout: { IN_VERIFICATION: 'SKIPPED_ROLLOUT' },
  putInProduction: { STAGED_ROLLOUT: 'PRODUCTION', SKIPPED_ROLLOUT: 'PRODUCTION' },
  rejectInRollout: { STAGED_ROLLOUT: 'ROLLOUT_REJECTED' },
  supersede: { STAGED_ROLLOUT: 'SUPERSEDED' },
} as const satisfies EventTable<string, ReleaseItemState>;

export type ReleaseItemEvent = keyof typeof RELEASE_ITEM_TRANSITIONS;
const RELEASE_ITEM_EVENTS = Object.keys(RELEASE_ITEM_TRANSITIONS) as ReleaseItemEvent[];
const TABLE: EventTable<ReleaseItemEvent, ReleaseItemState> = RELEASE_ITEM_TRANSITIONS;

/** The event that leads to `to` (none leads back to UNVERIFIED). */
function eventTo(to: ReleaseItemState): ReleaseItemEvent | undefined {
  return RELEASE_ITEM_EVENTS.find((event) => Object.values(TABLE[event]).includes(to));
}

/** The states reachable from `from`, in the table's order. */
function targetsFrom(from: ReleaseItemState): ReleaseItemState[] {
  return RELEASE_ITEM_EVENTS.map((event) => TABLE[event][from]).filter((to): to is ReleaseItemState => to !== undefined);
}

/** Targets only the staged-rollout outcome may set (applyRolloutOutcome), never a verifier's click. */
export const OUTCOME_TARGETS = ['PRODUCTION', 'ROLLOUT_REJECTED'] as const satisfies readonly ReleaseItemState[];

/** Targets a person may request through the UI or the API (`transitionReleaseItem`). */
export const MANUAL_TARGETS = ['IN_VERIFICATION', 'STAGED_ROLLOUT', 'VERIFICATION_REJECTED', 'SKIPPED_ROLLOUT'] as const satisfies readonly ReleaseItemState[];
export type ManualTarget = (typeof MANUAL_TARGETS)[number];

/** The RT state names users know, and what the rest mean. */
export const RELEASE_ITEM_STATE_LABELS: Record<ReleaseItemState, string> = {
  UNVERIFIED: 'Unverified',
  IN_VERIFICATION: 'InVerification',
  VERIFICATION_REJECTED: 'Rejected in verification',
  STAGED_ROLLOUT: 'StagedRollOut',
  SKIPPED_ROLLOUT: 'Staged rollout skipped',
  PRODUCTION: 'Production',
  ROLLOUT_REJECTED: 'Rejected in staged rollout',
  SUPERSEDED: 'Superseded by a newer version',
};

export function isRejectedState(state: ReleaseItemState): boolean {
  return state === 'VERIFICATION_REJECTED' || state === 'ROLLOUT_REJECTED';
}

/** States an item never leaves (SKIPPED_ROLLOUT only passes through on the way to PRODUCTION, but older data rests there). */
const FINAL_STATES: readonly ReleaseItemState[] = ['VERIFICATION_REJECTED', 'PRODUCTION', 'ROLLOUT_REJECTED', 'SUPERSEDED', 'SKIPPED_ROLLOUT'];
const IN_PRODUCTION: readonly ReleaseItemState[] = ['PRODUCTION', 'SKIPPED_ROLLOUT'];

/**
 * A release is in production once its last item reached a final state with at least one of them in
 * production, whatever the order (one platform accepted, its sibling then rejected in verification).
 */
export function releaseReachedProduction(states: readonly ReleaseItemState[]): boolean {
  return states.length > 0 && states.every((state) => FINAL_STATES.includes(state)) && states.some((state) => IN_PRODUCTION.includes(state));
}

export function canTransition(from: ReleaseItemState, to: ReleaseItemState): boolean {
  const event = eventTo(to);
  return event !== undefined && nextState(TABLE, from, event) === to;
}

function refusal(from: ReleaseItemState, to: ReleaseItemState): string {
  const allowed = targetsFrom(from).map((state) => RELEASE_ITEM_STATE_LABELS[state]);
  return (
    `A release item in state ${RELEASE_ITEM_STATE_LABELS[from]} cannot move to ${RELEASE_ITEM_STATE_LABELS[to]}` +
    (allowed.length ? ` (allowed: ${allowed.join(', ')}).` : ': it is final.')
  );
}

/** Throws a ConflictError naming the states when `from -> to` is not in the table (assertEvent on the event leading to `to`). */
export function assertTransition(from: ReleaseItemState, to: ReleaseItemState): void {
  const event = eventTo(to);
  if (!event) throw new ConflictError(refusal(from, to));
  assertEvent(TABLE, from, event, () => refusal(from, to));
}

/**
 * The rule for a person's request, on top of the table: outcome targets are refused (they follow the
 * staged-rollout ticket), and only an emergency release may skip staged rollout.
 */
export function assertManualTransition(from: ReleaseItemState, to: ReleaseItemState, releaseType: ReleaseType): void {
  if ((OUTCOME_TARGETS as readonly ReleaseItemState[]).includes(to)) {
    throw new ConflictError(
      `${RELEASE_ITEM_STATE_LABELS[to]} is set by the outcome (ACCEPT or REJECT) of the staged-rollout ticket, not by hand.`,
    );
  }
  assertTransition(from, to);
  if (to === 'SKIPPED_ROLLOUT' && releaseType !== 'EMERGENCY') {
    throw new ConflictError('Only an emergency release may skip staged rollout.');
  }
}

/** The manual targets reachable from a state, in the order the page offers them. */
export function manualTargetsFrom(from: ReleaseItemState, releaseType: ReleaseType): ManualTarget[] {
  return MANUAL_TARGETS.filter(
    (to) => canTransition(from, to) && (to !== 'SKIPPED_ROLLOUT' || releaseType === 'EMERGENCY'),
  );
}

/** "Put in production with No test" (metrics): in production without a staged-rollout ticket. */
export function isNoTest(item: { state: ReleaseItemState; hasRollout: boolean }): boolean {
  return (item.state === 'PRODUCTION' || item.state === 'SKIPPED_ROLLOUT') && !item.hasRollout;
}
