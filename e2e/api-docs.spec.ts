// The API's own description and edges on the production server: /api-docs renders the OpenAPI
// document without any external script, fits a phone; unknown /api/v1 paths are JSON 404s and a
// wrong method a JSON 405 with Allow (Next's own answers would be HTML and an empty body).
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test('/api-docs lists every operation from /api/v1/openapi.json, with no external script, at 390 px', async ({ page, request }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  expect(document.openapi).toBe('3.1.0');
  const operations = Object.values(document.paths as Record<string, object>).reduce((count: number, methods) => count + Object.keys(methods).length, 0);

  const external: string[] = [];
  page.on('request', (sent) => {
    if (!sent.url().startsWith(new URL(page.url() || 'http://127.0.0.1').origin) && sent.resourceType() === 'script') external.push(sent.url());
  });
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, 'coordinator@demo.local', '/api-docs');
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(operations);
  await expect(page.getByRole('heading', { level: 3, name: 'post /api/v1/rollouts/{number}/assign' })).toBeVisible();
  expect(external).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('unknown /api/v1 paths are JSON 404s and a wrong method is a JSON 405 with Allow', async ({ request }) => {
  const missing = await request.get('/api/v1/rolouts');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: 'not_found' });
  const wrong = await request.delete('/api/v1/releases');
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()['allow']).toBe('GET, POST, HEAD, OPTIONS');
  expect(await wrong.json()).toMatchObject({ error: 'method_not_allowed' });
});
