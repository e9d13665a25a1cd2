// The status machine of a staged-rollout ticket (document section 2.3, steps 2.2-15), as ONE typed
// constant: which event may happen in which status, and the status it leads to. Every lib function
// that changes a rollout asks this table first, so an illegal step is refused with one clear message.
import type { RolloutStatus } from '@/lib/generated/prisma/enums';
import { assertEvent, type EventTable, nextState } from '@/lib/state-machine';

export const ROLLOUT_STATUSES = ['NEW', 'OPEN', 'RESOLVED'] as const satisfies readonly RolloutStatus[];

/**
 * assign: the coordinator gives the ticket to a manager (NEW -> OPEN; re-assigning keeps it OPEN).
 * invite, callVolunteers, volunteer, reply, participate, report, setExposureEnd: work on an open ticket.
 * resolve: the manager sets the outcome (OPEN -> RESOLVED). comment: always, as on an RT ticket.
 */
export const ROLLOUT_TRANSITIONS = {
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
} as const satisfies EventTable<string, RolloutStatus>;

export type RolloutEvent = keyof typeof ROLLOUT_TRANSITIONS;
export const ROLLOUT_EVENTS = Object.keys(ROLLOUT_TRANSITIONS) as RolloutEvent[];

const EVENT_LABELS: Record<RolloutEvent, string> = {
  assign: 'assign a manager',
  invite: 'invite Early Adopter teams',
  reply: 'reply to an invitation',
  callVolunteers: 'call for volunteers',
  volunteer: 'volunteer',
  participate: 'record installation, beta flag, exposure or findings',
  report: 'upload a report',
  setExposureEnd: 'change an exposure period',
  resolve: 'set the outcome and resolve',
  comment: 'comment',
};

const STATUS_HINTS: Record<RolloutStatus, string> = {
  NEW: 'it has no manager yet (status New)',
  OPEN: 'it is open',
  RESOLVED: 'it is already resolved',
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextRolloutStatus(status: RolloutStatus, event: RolloutEvent): RolloutStatus | null {
  return nextState<RolloutEvent, RolloutStatus, RolloutStatus>(ROLLOUT_TRANSITIONS, status, event);
}

export function canRolloutDo(status: RolloutStatus, event: RolloutEvent): boolean {
  return nextRolloutStatus(status, event) !== null;
}

/** Why an event is refused, in words for the user; null when it is allowed. */
export function rolloutRefusal(status: RolloutStatus, event: RolloutEvent): string | null {
  if (canRolloutDo(status, event)) return null;
  return refusalText(status, event);
}

const refusalText = (status: RolloutStatus, event: RolloutEvent) => `You cannot ${EVENT_LABELS[event]} on this rollout: ${STATUS_HINTS[status]}.`;

/** The status after `event`; a ConflictError saying why when the rollout's status does not allow it. */
export function assertRolloutEvent(status: RolloutStatus, event: RolloutEvent): RolloutStatus {
  return assertEvent<RolloutEvent, RolloutStatus, RolloutStatus>(ROLLOUT_TRANSITIONS, status, event, refusalText);
}
