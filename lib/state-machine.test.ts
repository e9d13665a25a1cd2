// The one throwing check of the three machines: the next state when allowed, a ConflictError in the
// machine's words when not (each machine's own table is tested in its own file).
import { describe, expect, it } from 'vitest';
import { ConflictError } from '@/lib/errors';
import { assertTransition } from '@/lib/releases/release-item-machine';
import { assertParticipationEvent } from '@/lib/rollout/participation-machine';
import { assertRolloutEvent } from '@/lib/rollout/rollout-machine';
import { assertEvent, nextState } from './state-machine';

const DOOR = { open: { CLOSED: 'OPEN' }, shut: { OPEN: 'CLOSED' } } as const;

describe('assertEvent', () => {
  it('answers the next state, or throws a ConflictError with the given words', () => {
    expect(nextState<'open' | 'shut', 'OPEN' | 'CLOSED', 'OPEN' | 'CLOSED'>(DOOR, 'CLOSED', 'open')).toBe('OPEN');
    expect(nextState<'open' | 'shut', 'OPEN' | 'CLOSED', 'OPEN' | 'CLOSED'>(DOOR, 'OPEN', 'open')).toBeNull();
    expect(() => assertEvent<'open' | 'shut', 'OPEN' | 'CLOSED', 'OPEN' | 'CLOSED'>(DOOR, 'OPEN', 'open', (from, event) => `cannot ${event} when ${from}`)).toThrow(
      new ConflictError('cannot open when OPEN'),
    );
  });

  it('is what the rollout, participation and release item machines throw', () => {
    expect(assertRolloutEvent('OPEN', 'resolve')).toBe('RESOLVED');
    expect(() => assertRolloutEvent('RESOLVED', 'resolve')).toThrow(ConflictError);
    expect(assertParticipationEvent('ea-PT-LIP', 'INVITED', 'accept')).toBe('ACCEPTED');
    expect(() => assertParticipationEvent('ea-PT-LIP', 'ACCEPTED', 'decline')).toThrow(new ConflictError('ea-PT-LIP cannot decline: it has already accepted.'));
    expect(() => assertTransition('SKIPPED_ROLLOUT', 'PRODUCTION')).not.toThrow();
    expect(() => assertTransition('UNVERIFIED', 'UNVERIFIED')).toThrow(ConflictError);
  });
});
