// The pure GOCDB checks: the beta flag the team declared against GOCDB's BETA values, and an endpoint's
// HOST_OS / HOST_ARCH against the committed platform.
import { describe, expect, it } from 'vitest';
import { checkBeta, describeBetaCheck } from './beta-check';
import { platformMismatch } from './platform-match';

const ce = (hostname: string, beta: boolean) => ({ hostname, beta });

describe('checkBeta', () => {
  it('flags beta declared in the app but not set in GOCDB, and the reverse, while the rollout runs', () => {
    expect(checkBeta(true, false, [ce('a', false), ce('b', false)])).toEqual({ kind: 'declared-not-in-gocdb', hostnames: ['a', 'b'] });
    expect(checkBeta(false, false, [ce('a', true), ce('b', false)])).toEqual({ kind: 'gocdb-not-declared', hostnames: ['a'] });
    expect(checkBeta(true, false, [ce('a', true)])).toEqual({ kind: 'agrees' });
    expect(checkBeta(false, false, [ce('a', false)])).toEqual({ kind: 'agrees' });
  });

  it('after the rollout is resolved, any BETA=Y is a flag left behind', () => {
    expect(checkBeta(true, true, [ce('a', false)])).toEqual({ kind: 'agrees' });
    const left = checkBeta(false, true, [ce('a', true)]);
    expect(left).toEqual({ kind: 'left-after-release', hostnames: ['a'] });
    expect(describeBetaCheck(left, 'CREAM-CE')).toContain('still shows BETA=Y for a');
  });

  it('says when GOCDB lists no endpoint of the service type', () => {
    expect(describeBetaCheck(checkBeta(true, false, []), 'SRM')).toBe('GOCDB lists no SRM endpoint at this site.');
  });
});

describe('platformMismatch', () => {
  it('accepts GOCDB spellings of the same platform', () => {
    expect(platformMismatch({ os: 'SL5', arch: 'x86_64' }, { hostOs: 'Scientific Linux 5.7', hostArch: '64 bit' })).toBeNull();
    expect(platformMismatch({ os: 'SL6', arch: 'x86_64' }, { hostOs: 'sl6', hostArch: 'amd64' })).toBeNull();
    expect(platformMismatch({ os: 'SL6', arch: 'x86_64' }, { hostOs: '', hostArch: '' })).toBeNull();
  });

  it('names the part that differs', () => {
    expect(platformMismatch({ os: 'SL6', arch: 'x86_64' }, { hostOs: 'SL5', hostArch: 'x86_64' })).toEqual({ os: true, arch: false });
    expect(platformMismatch({ os: 'SL5', arch: 'x86_64' }, { hostOs: 'SL5', hostArch: 'i686' })).toEqual({ os: false, arch: true });
  });
});
