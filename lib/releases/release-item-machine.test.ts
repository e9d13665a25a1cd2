// Every pair of states: the legal ones (written out here, independently of the table) pass, every
// other pair is refused with a ConflictError naming both states.
import { describe, expect, it } from 'vitest';
import { ConflictError } from '@/lib/errors';
import {
  assertManualTransition,
  assertTransition,
  canTransition,
  isNoTest,
  manualTargetsFrom,
  releaseReachedProduction,
  RELEASE_ITEM_STATE_LABELS,
  RELEASE_ITEM_STATES,
} from './release-item-machine';

const LEGAL = new Set([
  'UNVERIFIED>IN_VERIFICATION',
  'IN_VERIFICATION>STAGED_ROLLOUT',
  'IN_VERIFICATION>VERIFICATION_REJECTED',
  'IN_VERIFICATION>SKIPPED_ROLLOUT',
  'STAGED_ROLLOUT>PRODUCTION',
  'STAGED_ROLLOUT>ROLLOUT_REJECTED',
  'SKIPPED_ROLLOUT>PRODUCTION',
]);

const PAIRS = RELEASE_ITEM_STATES.flatMap((from) => RELEASE_ITEM_STATES.map((to) => [from, to] as const));

describe('release item transition table', () => {
  it('has 49 pairs, 7 of them legal', () => {
    expect(PAIRS).toHaveLength(49);
    expect(PAIRS.filter(([from, to]) => canTransition(from, to))).toHaveLength(LEGAL.size);
  });

  it.each(PAIRS)('%s -> %s', (from, to) => {
    const legal = LEGAL.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(legal);
    if (legal) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertTransition(from, to)).toThrow(ConflictError);
      expect(() => assertTransition(from, to)).toThrow(
        `in state ${RELEASE_ITEM_STATE_LABELS[from]} cannot move to ${RELEASE_ITEM_STATE_LABELS[to]}`,
      );
    }
  });

  it('says a final state is final', () => {
    expect(() => assertTransition('PRODUCTION', 'IN_VERIFICATION')).toThrow('it is final');
    expect(() => assertTransition('UNVERIFIED', 'PRODUCTION')).toThrow('allowed: InVerification)');
  });
});

describe('manual transitions', () => {
  it('refuses the outcome targets even where the table allows them', () => {
    expect(() => assertManualTransition('STAGED_ROLLOUT', 'PRODUCTION', 'MINOR')).toThrow(/set by the outcome/);
    expect(() => assertManualTransition('STAGED_ROLLOUT', 'ROLLOUT_REJECTED', 'MINOR')).toThrow(ConflictError);
  });

  it('allows skipping staged rollout only for emergency releases', () => {
    // Skipping staged rollout never skips verification: not from Unverified.
    expect(() => assertManualTransition('UNVERIFIED', 'SKIPPED_ROLLOUT', 'EMERGENCY')).toThrow(ConflictError);
    expect(() => assertManualTransition('IN_VERIFICATION', 'SKIPPED_ROLLOUT', 'EMERGENCY')).not.toThrow();
    for (const type of ['REVISION', 'MINOR', 'MAJOR'] as const) {
      expect(() => assertManualTransition('IN_VERIFICATION', 'SKIPPED_ROLLOUT', type)).toThrow('Only an emergency release');
    }
    expect(() => assertManualTransition('STAGED_ROLLOUT', 'SKIPPED_ROLLOUT', 'EMERGENCY')).toThrow(ConflictError);
  });

  it('offers the reachable manual targets per state and type', () => {
    expect(manualTargetsFrom('UNVERIFIED', 'MINOR')).toEqual(['IN_VERIFICATION']);
    expect(manualTargetsFrom('UNVERIFIED', 'EMERGENCY')).toEqual(['IN_VERIFICATION']);
    expect(manualTargetsFrom('IN_VERIFICATION', 'EMERGENCY')).toEqual(['STAGED_ROLLOUT', 'VERIFICATION_REJECTED', 'SKIPPED_ROLLOUT']);
    expect(manualTargetsFrom('IN_VERIFICATION', 'REVISION')).toEqual(['STAGED_ROLLOUT', 'VERIFICATION_REJECTED']);
    expect(manualTargetsFrom('STAGED_ROLLOUT', 'EMERGENCY')).toEqual([]);
    expect(manualTargetsFrom('PRODUCTION', 'EMERGENCY')).toEqual([]);
  });

  it('counts production without a rollout ticket as No test', () => {
    expect(isNoTest({ state: 'PRODUCTION', hasRollout: false })).toBe(true);
    expect(isNoTest({ state: 'PRODUCTION', hasRollout: true })).toBe(false);
    expect(isNoTest({ state: 'STAGED_ROLLOUT', hasRollout: true })).toBe(false);
  });

  it('puts a release in production once its last item is final and one of them is in production, whatever the order', () => {
    expect(releaseReachedProduction(['PRODUCTION'])).toBe(true);
    expect(releaseReachedProduction(['SKIPPED_ROLLOUT'])).toBe(true);
    expect(releaseReachedProduction(['PRODUCTION', 'VERIFICATION_REJECTED'])).toBe(true);
    expect(releaseReachedProduction(['ROLLOUT_REJECTED', 'PRODUCTION', 'SUPERSEDED'])).toBe(true);
    expect(releaseReachedProduction(['PRODUCTION', 'IN_VERIFICATION'])).toBe(false);
    expect(releaseReachedProduction(['PRODUCTION', 'STAGED_ROLLOUT'])).toBe(false);
    expect(releaseReachedProduction(['PRODUCTION', 'UNVERIFIED'])).toBe(false);
    expect(releaseReachedProduction(['VERIFICATION_REJECTED', 'ROLLOUT_REJECTED'])).toBe(false);
    expect(releaseReachedProduction([])).toBe(false);
  });
});
