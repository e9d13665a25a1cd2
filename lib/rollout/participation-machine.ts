// The status machine of one team's part in a rollout, as ONE typed constant. `NONE` stands for
// "no participation row yet": a team enters by invitation or by volunteering after a call.
import type { ParticipationStatus } from '@/lib/generated/prisma/enums';
import { assertEvent, type EventTable, nextState } from '@/lib/state-machine';

export type ParticipationState = ParticipationStatus | 'NONE';

export const PARTICIPATION_STATES = ['NONE', 'INVITED', 'ACCEPTED', 'DECLINED', 'VOLUNTEERED', 'WITHDRAWN', 'CLOSED'] as const satisfies readonly ParticipationState[];

/**
 * invite: the manager selects the team. accept/decline: the team's reply (app or e-mail).
 * volunteer: a team answers the call for volunteers (also a team that declined and changed its mind).
 * withdraw: a team that took the test gives up.
 * close: the rollout was resolved while the team was still invited (readiness.ts closes every open invitation).
 */
export const PARTICIPATION_TRANSITIONS = {
  invite: { NONE: 'INVITED' },
  accept: { INVITED: 'ACCEPTED' },
  decline: { INVITED: 'DECLINED' },
  volunteer: { NONE: 'VOLUNTEERED', DECLINED: 'VOLUNTEERED' },
  withdraw: { ACCEPTED: 'WITHDRAWN', VOLUNTEERED: 'WITHDRAWN' },
  close: { INVITED: 'CLOSED' },
} as const satisfies EventTable<string, ParticipationState, ParticipationStatus>;

export type ParticipationEvent = keyof typeof PARTICIPATION_TRANSITIONS;
export const PARTICIPATION_EVENTS = Object.keys(PARTICIPATION_TRANSITIONS) as ParticipationEvent[];

/** Teams doing the test: they may set beta, log findings, run the exposure and upload a report. */
export const ACTIVE_PARTICIPATION: readonly ParticipationStatus[] = ['ACCEPTED', 'VOLUNTEERED'];
/** Teams counted in a team's load: asked or taking part in an open rollout. */
export const LOAD_PARTICIPATION: readonly ParticipationStatus[] = ['INVITED', 'ACCEPTED', 'VOLUNTEERED'];

export function isActiveParticipation(status: ParticipationStatus): boolean {
  return ACTIVE_PARTICIPATION.includes(status);
}

export function nextParticipationStatus(state: ParticipationState, event: ParticipationEvent): ParticipationStatus | null {
  return nextState<ParticipationEvent, ParticipationState, ParticipationStatus>(PARTICIPATION_TRANSITIONS, state, event);
}

const STATE_WORDS: Record<ParticipationState, string> = {
  NONE: 'is not taking part',
  INVITED: 'was invited and has not replied',
  ACCEPTED: 'has already accepted',
  DECLINED: 'has already declined',
  VOLUNTEERED: 'has already volunteered',
  WITHDRAWN: 'has withdrawn',
  CLOSED: 'was invited to a rollout that is now resolved',
};

const EVENT_WORDS: Record<ParticipationEvent, string> = {
  invite: 'be invited',
  accept: 'accept',
  decline: 'decline',
  volunteer: 'volunteer',
  withdraw: 'withdraw',
  close: 'have its invitation closed',
};

/** Why a team may not do `event` now, in words; null when it may. */
export function participationRefusal(teamName: string, state: ParticipationState, event: ParticipationEvent): string | null {
  if (nextParticipationStatus(state, event)) return null;
  return `${teamName} cannot ${EVENT_WORDS[event]}: it ${STATE_WORDS[state]}.`;
}

/** The team's status after `event`; a ConflictError saying why when its current state does not allow it. */
export function assertParticipationEvent(teamName: string, state: ParticipationState, event: ParticipationEvent): ParticipationStatus {
  return assertEvent<ParticipationEvent, ParticipationState, ParticipationStatus>(PARTICIPATION_TRANSITIONS, state, event, (from, on) => participationRefusal(teamName, from, on)!);
}
