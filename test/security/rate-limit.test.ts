// Rate limits against the real database: the PostgreSQL-backed fixed window (atomic under
// concurrency, per key, reset by the next window), sign-in attempts through proxy.ts, and API token
// use through apiRoute (429 with a JSON reason and Retry-After).
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRoute } from '@/lib/api/route-handler';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { hitRateLimit, sweepOldWindows, windowOf } from '@/lib/rate-limit/fixed-window';
import { clientIp } from '@/lib/rate-limit/client-ip';
import { uniqueTag } from '@/lib/seed/factories';
import { proxy } from '@/proxy';

const MID_WINDOW = new Date('2030-01-02T03:04:20.000Z'); // 40 s left in its minute

describe('fixed window', () => {
  it('puts a moment in its window and says how long is left', () => {
    expect(windowOf(MID_WINDOW, 60)).toEqual({ start: new Date('2030-01-02T03:04:00.000Z'), secondsLeft: 40 });
    expect(windowOf(new Date('2030-01-02T03:04:59.999Z'), 60).secondsLeft).toBe(1);
  });

  it('allows `limit` hits per key and window, then refuses until the next window', async () => {
    const key = `test:${uniqueTag()}`;
    const rule = { limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hitRateLimit(key, rule, MID_WINDOW));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[4]).toMatchObject({ count: 5, limit: 3, retryAfterSeconds: 40 });
    expect((await hitRateLimit(`${key}:other`, rule, MID_WINDOW)).allowed).toBe(true);
    expect((await hitRateLimit(key, rule, new Date(MID_WINDOW.getTime() + 60_000))).allowed).toBe(true);
  });

  it('counts concurrent hits exactly once each (one atomic upsert per hit)', async () => {
    const key = `test:${uniqueTag()}`;
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(key, { limit: 10, windowSeconds: 60 }, MID_WINDOW)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('sweeps windows older than an hour and keeps recent ones', async () => {
    const key = `test:${uniqueTag()}`;
    await hitRateLimit(key, { limit: 1, windowSeconds: 60 }, new Date(MID_WINDOW.getTime() - 2 * 3_600_000));
    await hitRateLimit(key, { limit: 1, windowSeconds: 60 }, MID_WINDOW);
    await sweepOldWindows(MID_WINDOW);
    expect(await db.rateLimit.findMany({ where: { key }, select: { windowStart: true } })).toEqual([{ windowStart: new Date('2030-01-02T03:04:00.000Z') }]);
  });
});

describe('client address', () => {
  it('takes the last X-Forwarded-For entry (the one our proxy or next start wrote)', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientIp(new Headers({ 'x-real-ip': '10.0.0.8' }))).toBe('10.0.0.8');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});

// Fixed clock inside one window, so a test never straddles a window boundary.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(Date.UTC(2031, 0, 1, 0, 0, 5) + Math.floor(Math.random() * 1e6) * 60_000));
});
afterEach(() => vi.useRealTimers());

function signInRequest(ip: string, email: string, path = '/api/auth/callback/demo') {
  return new NextRequest(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, csrfToken: 'x', callbackUrl: '/', json: 'true' }).toString(),
  });
}

describe('sign-in rate limit (proxy.ts)', () => {
  const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it('limits one account to 10 attempts a minute from any number of addresses, then 429 with Retry-After', async () => {
    const email = `${uniqueTag()}@test.local`;
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await proxy(signInRequest(randomIp(), email))).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await proxy(signInRequest(randomIp(), email.toUpperCase()));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await refused.json();
    expect(body).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/Too many sign-in attempts/) });
    expect(body.url).toBe('http://localhost/signin?error=RateLimited');
    // Another account is not limited by it.
    expect((await proxy(signInRequest(randomIp(), `other-${email}`))).status).toBe(200);
  });

  it('limits one address to 20 attempts a minute across any accounts, then 429 with Retry-After', async () => {
    const ip = randomIp();
    const tag = uniqueTag();
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await proxy(signInRequest(ip, `user${i}-${tag}@test.local`))).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await proxy(signInRequest(ip, `user20-${tag}@test.local`));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same account from another address is not limited by it.
    expect((await proxy(signInRequest(randomIp(), `user20-${tag}@test.local`))).status).toBe(200);
    // Starting an OIDC sign-in names no account: it counts per address only.
    const oidcIp = randomIp();
    for (let i = 0; i < 20; i++) expect((await proxy(signInRequest(oidcIp, '', '/api/auth/signin/oidc'))).status).toBe(200);
    expect((await proxy(signInRequest(oidcIp, '', '/api/auth/signin/oidc'))).status).toBe(429);
    expect((await proxy(signInRequest(randomIp(), '', '/api/auth/signin/oidc'))).status).toBe(200);
  });

  it('keeps its counters in PostgreSQL (the RateLimit table), one per address and one per account', async () => {
    const ip = randomIp();
    const email = `${uniqueTag()}@test.local`;
    await proxy(signInRequest(ip, email));
    await proxy(signInRequest(ip, email));
    const rows = await db.rateLimit.findMany({ where: { key: { in: [`signin-ip:${ip}`, `signin-account:${email}`] } }, select: { key: true, count: true } });
    expect(rows.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: `signin-account:${email}`, count: 2 },
      { key: `signin-ip:${ip}`, count: 2 },
    ]);
  });

  it('does not count pages, GETs or other auth endpoints', async () => {
    const ip = `10.200.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 15; i++) {
      expect((await proxy(new NextRequest('http://localhost/api/auth/session', { headers: { 'x-forwarded-for': ip } }))).status).toBe(200);
      expect((await proxy(new NextRequest('http://localhost/api/auth/callback/oidc?code=x', { headers: { 'x-forwarded-for': ip } }))).status).toBe(200);
    }
    expect(await db.rateLimit.count({ where: { key: `signin-ip:${ip}` } })).toBe(0);
  });
});

describe('API token rate limit (apiRoute)', () => {
  const ok = apiRoute(async (_request, { user }) => ({ user: user.email }));
  const call = (token: string) => ok(new NextRequest('http://localhost/api/v1/x', { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

  async function newToken() {
    const user = await db.user.create({ data: { email: `${uniqueTag()}@rate.test`, name: 'Rate' } });
    return (await createApiToken({ id: user.id, label: user.email }, user.id, 'rate test')).token;
  }

  it('answers 429 with a JSON reason and Retry-After past the per-token limit; other tokens are unaffected', async () => {
    vi.stubEnv('RATE_LIMIT_TOKEN_PER_MINUTE', '5');
    try {
      const [a, b] = [await newToken(), await newToken()];
      for (let i = 0; i < 5; i++) expect((await call(a)).status).toBe(200);
      const refused = await call(a);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ error: 'rate_limited', message: expect.stringContaining('5 requests per minute') });
      expect((await call(b)).status).toBe(200);
      // The key is derived from the token's hash: the token itself is never stored.
      expect(await db.rateLimit.count({ where: { key: { contains: a } } })).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('holds 600 requests per minute by default', async () => {
    const token = await newToken();
    // The clock stands still mid-minute, so a slow run cannot straddle two windows; requests go ten at a
    // time, as a script with a small pool would send them (601 at once can wait longer than the
    // connection timeout on a busy machine and be answered 503, which is the pool's limit, not this one).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-01T12:00:30Z') });
    const statuses: number[] = [];
    try {
      for (let sent = 0; sent < 601; sent += 10) {
        const batch = Array.from({ length: Math.min(10, 601 - sent) }, () => call(token).then((response) => response.status));
        statuses.push(...(await Promise.all(batch)));
      }
    } finally {
      vi.useRealTimers();
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(600);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
  });
});
