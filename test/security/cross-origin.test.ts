// Cross-origin writes (CSRF) through proxy.ts, for every write handler found under app/api (the list is
// scanned from the source tree, so a new route is covered without editing this file) and for server
// actions posted to pages: a session-cookie write from another origin is refused with 403, a same-origin
// one that is not JSON with 415 (API), and Bearer-token requests pass untouched.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { crossOriginRefusal, isSameOrigin } from '@/lib/http/cross-origin-guard';
import { proxy } from '@/proxy';
import { importModule, routePath, sourceFiles } from './support/discover';

const HOST = '127.0.0.1:3000';
const COOKIE = 'next-auth.session-token=abc';
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const FOREIGN_ORIGINS = ['http://evil.example', 'http://127.0.0.1:9999', 'null', 'https://127.0.0.1:3000.evil.example', 'not a url'];

function request(path: string, method: string, headers: Record<string, string>) {
  return new NextRequest(`http://${HOST}${path}`, { method, headers: { host: HOST, ...headers }, body: '{"body":"x"}' });
}

/** Passed through by the proxy (NextResponse.next()), not answered by it. */
const passed = (response: Response) => response.headers.get('x-middleware-next') === '1';

async function apiWriteTargets(): Promise<{ method: string; path: string }[]> {
  const files = sourceFiles('app/api').filter((file) => file.endsWith('/route.ts') && !file.includes('api/auth/'));
  const targets = [];
  for (const file of files) {
    const mod = await importModule(file);
    const path = routePath(file).path.replace(/\[+\.{0,3}(\w+)\]+/g, '$1-1');
    for (const method of WRITE_METHODS) if (typeof mod[method] === 'function') targets.push({ method, path });
  }
  return targets;
}

describe('cross-origin guard (pure)', () => {
  it('compares the Origin host with Host / X-Forwarded-Host, and falls back to Sec-Fetch-Site', () => {
    expect(isSameOrigin(new Headers({ host: HOST, origin: `http://${HOST}` }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: 'internal:3000', 'x-forwarded-host': 'ea.example.org', origin: 'https://ea.example.org' }))).toBe(true);
    for (const origin of FOREIGN_ORIGINS) expect(isSameOrigin(new Headers({ host: HOST, origin })), origin).toBe(false);
    expect(isSameOrigin(new Headers({ host: HOST, 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: HOST, 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: HOST, 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: HOST }))).toBe(true); // curl with a copied cookie: not a CSRF
  });

  it('leaves reads, Bearer requests, next-auth and cookie-less requests alone', () => {
    const foreign = { host: HOST, origin: 'http://evil.example', 'content-type': 'text/plain' };
    const check = (method: string, pathname: string, headers: Record<string, string>, cookieNames = ['next-auth.session-token']) =>
      crossOriginRefusal({ method, pathname, headers: new Headers(headers), cookieNames });
    expect(check('GET', '/api/v1/teams', foreign)).toBeNull();
    expect(check('POST', '/api/v1/teams', { ...foreign, authorization: 'Bearer eat_x' })).toBeNull();
    expect(check('POST', '/api/auth/callback/demo', foreign)).toBeNull();
    expect(check('POST', '/api/v1/teams', foreign, ['theme'])).toBeNull();
    expect(check('POST', '/api/v1/teams', foreign, ['__Secure-next-auth.session-token.0'])?.status).toBe(403);
  });
});

describe('cross-origin writes through proxy.ts, on every API write route', async () => {
  const targets = await apiWriteTargets();

  it('finds the write routes (the scan works)', () => {
    expect(targets.map((t) => `${t.method} ${t.path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/rollouts/number-1/transition-1', 'POST /api/v1/rollouts/number-1/report', 'POST /api/v1/releases', 'POST /api/v1/inbound-mail']),
    );
  });

  for (const { method, path } of targets) {
    it(`${method} ${path}: 403 from another origin, 415 unless JSON, Bearer untouched`, async () => {
      for (const origin of FOREIGN_ORIGINS) {
        const response = await proxy(request(path, method, { cookie: COOKIE, origin, 'content-type': 'application/json' }));
        expect(response.status, origin).toBe(403);
        expect(((await response.json()) as { message: string }).message).toMatch(/another site/);
      }
      const sameSite = await proxy(request(path, method, { cookie: COOKIE, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }));
      expect(sameSite.status).toBe(403);
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
        const response = await proxy(request(path, method, { cookie: COOKIE, origin: `http://${HOST}`, ...(type ? { 'content-type': type } : {}) }));
        expect(response.status, type).toBe(415);
        expect(((await response.json()) as { message: string }).message).toMatch(/application\/json/);
      }
      expect(passed(await proxy(request(path, method, { cookie: COOKIE, origin: `http://${HOST}`, 'content-type': 'application/json; charset=utf-8' })))).toBe(true);
      expect(passed(await proxy(request(path, method, { cookie: COOKIE, origin: 'http://evil.example', 'content-type': 'text/plain', authorization: 'Bearer eat_x' })))).toBe(true);
    });
  }
});

describe('server actions from another origin', () => {
  const pages = sourceFiles('app').filter((file) => file.endsWith('/page.tsx')).map((file) => routePath(file).path.replace(/\[+\.{0,3}(\w+)\]+/g, '$1-1'));

  it('are refused with 403 and a clear message on every page, and pass from the same origin', async () => {
    expect(pages).toEqual(expect.arrayContaining(['/rollouts/number-1', '/teams/new']));
    for (const path of pages) {
      const withoutSession = { 'next-action': 'abc123', 'content-type': 'multipart/form-data; boundary=x' };
      const headers = { ...withoutSession, cookie: COOKIE };
      const foreign = await proxy(request(path, 'POST', { ...headers, origin: 'http://evil.example' }));
      expect(foreign.status, path).toBe(403);
      expect(await foreign.text()).toMatch(/sent from another site/);
      expect(passed(await proxy(request(path, 'POST', { ...headers, origin: `http://${HOST}` }))), path).toBe(true);
      expect((await proxy(request(path, 'POST', { ...withoutSession, origin: 'http://evil.example' }))).status, `${path} without a session`).toBe(403);
      expect((await proxy(request(path, 'POST', { ...withoutSession, origin: 'http://evil.example', authorization: 'Bearer eat_x' }))).status, `${path} with a token`).toBe(403);
    }
  });
});
