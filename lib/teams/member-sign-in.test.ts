import { describe, expect, it } from 'vitest';
import { hasSignedIn } from './member-sign-in';

describe('hasSignedIn', () => {
  it('counts any sign-in, through the identity provider or not', () => {
    expect(hasSignedIn({ oidcSubject: null, lastLoginAt: new Date('2026-12-06T21:00:00Z') })).toBe(true);
    expect(hasSignedIn({ oidcSubject: 'sub-1', lastLoginAt: null })).toBe(true);
    expect(hasSignedIn({ oidcSubject: null, lastLoginAt: null })).toBe(false);
  });
});
