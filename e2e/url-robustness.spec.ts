// No address answers 5xx, over HTTP against the production server: the URL guard of proxy.ts
// (400 JSON on the API and feeds, the usual "Not found" page elsewhere, security headers on both), and a
// property over every page of the route tree (each page.tsx) with generated dynamic segments and query
// parameters (test/security/support/url-arbitrary.ts), signed in and signed out, half of them as link prefetches
// (which skip the proxy unless the path holds an escape). The route handlers get
// 10,000 such addresses in-process in test/security/urls.fuzz.test.ts.
import { type APIRequestContext, expect, test } from '@playwright/test';
import fc from 'fast-check';
import { pageModules, queryKeysInSource, routePath } from '../test/security/support/discover';
import { rawUrlArbitrary } from '../test/security/support/url-arbitrary';
import { signInAs } from './support/sign-in';

const PAGE_RUNS = Number(process.env.E2E_URL_RUNS ?? 16); // per page and session state
const IN_FLIGHT = 4;
/** A link prefetch as the browser sends it: proxy.ts lets these skip its turn, except on an escaped path. */
const PREFETCH = { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' };

test.describe.configure({ timeout: 240_000 });

test('malformed addresses get a 400 with a reason (API, feeds) or the Not found page, never a 500', async ({ page, request }) => {
  for (const path of ['/api/v1/teams/%', '/api/v1/rollouts/%ZZ', '/feeds/teams/%.ics', '/feeds/teams/ea-x%00.ics', `/api/v1/teams/${'a'.repeat(3000)}`, '/api/v1/teams?q=%00']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(((await response.json()) as { message: string }).message, path).toMatch(/address|query string/);
  }
  await signInAs(page, 'coordinator@demo.local', '/');
  for (const path of ['/rollouts/%', '/unsubscribe/%', '/teams/%E0%A4%A', '/teams?q=%00', `/releases/${'9'.repeat(2000)}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(response?.headers()['x-frame-options'], path).toBe('DENY');
    await expect(page.getByRole('heading', { name: 'Not found' }), path).toBeVisible();
  }
  // The same addresses as link prefetches (which skip the proxy unless the path is escaped): never a 5xx.
  for (const path of ['/rollouts/%', '/teams/%E0%A4%A', '/teams/%E0%A4%A/edit', '/%ZZ', '/api/v1/teams/%', '/feeds/teams/%.ics']) {
    for (const api of [page.context().request, request]) {
      const response = await api.get(path, { maxRedirects: 2, headers: PREFETCH });
      expect(response.status(), `prefetch ${path}`).toBeLessThan(500);
    }
  }
  const signedOut = await request.get('/unsubscribe/%', { maxRedirects: 0 });
  expect(signedOut.status()).toBe(404);
  expect(await signedOut.text()).toContain('Not found');
});

async function realValues(api: APIRequestContext): Promise<{ name: string[]; number: string[]; id: string[] }> {
  const text = async (path: string) => (await api.get(path)).text();
  const teams = [...(await text('/api/v1/teams')).matchAll(/"name":"(ea-[^"]+)"/g)].map((m) => m[1]!).slice(0, 3);
  const rollouts = [...(await text('/api/v1/rollouts')).matchAll(/"number":(\d+)/g)].map((m) => m[1]!).slice(0, 3);
  const components = [...(await text('/api/v1/components')).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!).slice(0, 3);
  return { name: teams, number: rollouts, id: components };
}

test('every page under generated segments and query parameters, signed in and out: no 5xx', async ({ page, request }) => {
  await signInAs(page, 'coordinator@demo.local', '/');
  const signedIn = page.context().request;
  const real = await realValues(signedIn);
  expect(real.name.length && real.number.length && real.id.length, 'real teams, rollouts and components to aim at').toBeTruthy();
  const queryKeys = queryKeysInSource();
  const pages = pageModules().map(routePath);
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/rollouts/[number]', '/teams/[name]/edit', '/catalog/components/[id]', '/signin']));

  let requests = 0;
  const failures: string[] = [];
  for (const [session, api] of [['signed in', signedIn], ['signed out', request]] as const) {
    for (const template of pages) {
      const urls = fc.sample(rawUrlArbitrary(template, queryKeys, (name) => (real as Record<string, string[] | undefined>)[name] ?? ['x']), PAGE_RUNS);
      for (let i = 0; i < urls.length; i += IN_FLIGHT) {
        await Promise.all(
          urls.slice(i, i + IN_FLIGHT).map(async (url, j) => {
            // Every other address is asked for as a link prefetch, the way that skips the proxy.
            const prefetch = (i + j) % 2 === 1;
            // A prefetch without the `_rsc` value Next expects for its headers is redirected to the address with it.
            const response = await api.get(url, prefetch ? { maxRedirects: 2, headers: PREFETCH } : { maxRedirects: 0 });
            requests++;
            if (response.status() >= 500) failures.push(`${session} GET ${url.slice(0, 200)}${prefetch ? ' (prefetch)' : ''} -> ${response.status()}`);
          }),
        );
      }
    }
  }
  console.log(`[fuzz] pages: ${pages.length} pages x ${PAGE_RUNS} addresses x signed in/out = ${requests} requests, ${failures.length} answered 5xx`);
  expect(failures).toEqual([]);
  expect(requests).toBe(pages.length * PAGE_RUNS * 2);
});
