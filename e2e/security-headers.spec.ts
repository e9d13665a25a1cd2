// Security headers on real responses of the production build: pages (signed in and out, 404s,
// redirects), the JSON API (200 and 401), feeds and static assets; and the browser honouring them
// (the app refuses to be framed).
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null, what: string) {
  expect(response, what).not.toBeNull();
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).toContain("default-src 'self'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(csp, `${what}: CSP`).not.toContain('unsafe-eval');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-powered-by'], what).toBeUndefined();
}

test('public pages, the API, feeds and static files carry the security headers', async ({ request }) => {
  const paths: [string, number][] = [
    ['/', 200],
    ['/signin', 200],
    ['/api/health', 200],
    ['/api/v1/coverage', 401],
    ['/api/v1/releases', 401],
    ['/feeds/releases.rss', 200],
    ['/feeds/rollouts.atom', 200],
    ['/api/v1/no-such-endpoint', 404],
    ['/feeds/teams/no-such-team.ics', 404],
  ];
  for (const [path, status] of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  // The proxy's redirect of a signed-out visitor, and a static asset of the build.
  const redirect = await request.get('/teams', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, '/teams (redirect)');
  const html = await (await request.get('/signin')).text();
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
  expect(asset, 'a static asset linked from /signin').toBeTruthy();
  expectSecurityHeaders(await request.get(asset!), asset!);
});

test('signed-in pages carry them too, and the browser refuses to frame the app', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/teams');
  for (const [path, status] of [['/teams', 200], ['/releases', 200], ['/metrics', 200], ['/no-such-page-here', 404]] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  // An attacker's page framing the app's sign-in page: the browser shows its own error in the frame.
  await page.route('http://attacker.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<h1>attacker</h1><iframe src="${new URL('/signin', page.url()).toString()}"></iframe>` }),
  );
  await page.goto('http://attacker.test/');
  await expect(page.getByRole('heading', { name: 'attacker' })).toBeVisible();
  await page.waitForTimeout(1500);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(frame, 'the iframe exists').toBeTruthy();
  const framedText = await frame!.evaluate(() => document.body?.innerText ?? '').catch(() => '');
  expect(framedText).not.toContain('Early Adopters');
});
