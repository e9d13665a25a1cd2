// The production build is up, on the database it was given, with the schema of the code.
import { expect, test } from '@playwright/test';

test('GET /api/health answers 200 JSON with the database kind and migration status', { tag: '@embedded' }, async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body.database).toMatch(process.env.DATABASE_URL ? /postgres/i : /pglite|embedded/i);
  expect(body.migrations).toMatchObject({ pending: [], upToDate: true });
  expect(JSON.stringify(body)).not.toMatch(/password|:\/\/[^/]*@/i); // no credentials leak
});

test('the home page responds and names the app', { tag: '@embedded' }, async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Early Adopters/);
  await expect(page.getByText('Early Adopters').first()).toBeVisible();
});
