import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authSecret } from './auth-secret';
import { sessionUserId } from './session-user';

const jar = (entries: Record<string, string>) => ({ getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })) });
const COOKIE = 'next-auth.session-token';

async function sessionCookie(claims: Record<string, unknown>, maxAge = 3600, secret = authSecret()!) {
  return encode({ token: claims, secret, maxAge });
}

describe('sessionUserId', () => {
  // On a server database the secret comes only from the environment (the embedded one generates it).
  beforeAll(() => void vi.stubEnv('NEXTAUTH_SECRET', 'session-user-test-secret-0123456789abcdef'));
  afterAll(() => void vi.unstubAllEnvs());
  afterEach(() => vi.useRealTimers());

  it('reads the user id of a live next-auth session cookie, and again from memory', async () => {
    const token = await sessionCookie({ uid: 'user-1', email: 'a@x' });
    expect(await sessionUserId(jar({ [COOKIE]: token, other: 'x' }))).toBe('user-1');
    expect(await sessionUserId(jar({ [COOKIE]: token }))).toBe('user-1');
  });

  it('is null without a cookie, for a tampered or foreign token, and for a token without uid', async () => {
    expect(await sessionUserId(undefined)).toBeNull();
    expect(await sessionUserId(jar({}))).toBeNull();
    expect(await sessionUserId(jar({ 'some-other-cookie': 'v' }))).toBeNull();
    const token = await sessionCookie({ uid: 'user-2' });
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await sessionUserId(jar({ [COOKIE]: tampered }))).toBeNull();
    expect(await sessionUserId(jar({ [COOKIE]: await sessionCookie({ uid: 'user-3' }, 3600, 'another-secret-entirely-0123456789') }))).toBeNull();
    expect(await sessionUserId(jar({ [COOKIE]: await sessionCookie({ email: 'no-uid@x' }) }))).toBeNull();
    expect(await sessionUserId(jar({ [COOKIE]: 'not a jwe' }))).toBeNull();
  });

  it('stops answering for a remembered cookie once its token expires', async () => {
    const token = await sessionCookie({ uid: 'user-4' }, 60);
    expect(await sessionUserId(jar({ [COOKIE]: token }))).toBe('user-4');
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    expect(await sessionUserId(jar({ [COOKIE]: token }))).toBeNull();
  });

  it('refuses an already expired token it has never seen', async () => {
    const token = await sessionCookie({ uid: 'user-5' }, 60);
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ['Date'] });
    expect(await sessionUserId(jar({ [COOKIE]: token }))).toBeNull();
  });
});
