import { describe, expect, it } from 'vitest';
import {
  isActiveParticipation,
  nextParticipationStatus,
  PARTICIPATION_EVENTS,
  PARTICIPATION_STATES,
  participationRefusal,
  type ParticipationEvent,
  type ParticipationState,
} from './participation-machine';

const LEGAL: Record<ParticipationEvent, Partial<Record<ParticipationState, ParticipationState>>> = {
  invite: { NONE: 'INVITED' },
  accept: { INVITED: 'ACCEPTED' },
  decline: { INVITED: 'DECLINED' },
  volunteer: { NONE: 'VOLUNTEERED', DECLINED: 'VOLUNTEERED' },
  withdraw: { ACCEPTED: 'WITHDRAWN', VOLUNTEERED: 'WITHDRAWN' },
  close: { INVITED: 'CLOSED' },
};

describe('participation status machine', () => {
  it('knows exactly the expected events', () => {
    expect([...PARTICIPATION_EVENTS].sort()).toEqual(Object.keys(LEGAL).sort());
  });

  for (const event of Object.keys(LEGAL) as ParticipationEvent[]) {
    for (const state of PARTICIPATION_STATES) {
      const expected = LEGAL[event][state] ?? null;
      it(`${event} from ${state} -> ${expected ?? 'refused'}`, () => {
        expect(nextParticipationStatus(state, event)).toBe(expected);
        const refusal = participationRefusal('ea-PT-LIP-Lisbon', state, event);
        if (expected) expect(refusal).toBeNull();
        else expect(refusal).toMatch(/^ea-PT-LIP-Lisbon cannot [a-z ]+: it .+\.$/);
      });
    }
  }

  it('treats accepted and volunteered teams as doing the test, nobody else', () => {
    expect(isActiveParticipation('ACCEPTED')).toBe(true);
    expect(isActiveParticipation('VOLUNTEERED')).toBe(true);
    for (const status of ['INVITED', 'DECLINED', 'WITHDRAWN', 'CLOSED'] as const) expect(isActiveParticipation(status)).toBe(false);
  });

  it('says why a second answer is refused', () => {
    expect(participationRefusal('ea-IT-INFN-T1', 'ACCEPTED', 'decline')).toBe('ea-IT-INFN-T1 cannot decline: it has already accepted.');
  });
});
