// The page cache of the production server (scripts/serve.ts, lib/page-cache) in a real browser: a
// reloaded read page comes from memory, per signed-in session; a change made by somebody else in
// another session is on the next load, and so is the writer's own change.
import { expect, type Page, type Response, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(90_000);

const cacheOf = (response: Response | null) => response?.headers()['x-page-cache'];

async function load(page: Page, url: string): Promise<string | undefined> {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('table')).toBeVisible(); // streamed content is in before anything is read
  return cacheOf(response);
}

test('a reloaded page is served from memory per session, and a change by another user is shown on the next load', async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  await signInAs(page, 'admin@demo.local', '/teams/new');
  await page.getByLabel('NGI code').fill('IT');
  await page.getByLabel('Site', { exact: true }).fill(`CACHE-${stamp}`);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/ea-IT-CACHE-${stamp}\\?created=1$`));

  // The coordinator, in a browser session of his own, looks the team up, and again.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAs(coordinator, 'coordinator@demo.local', '/');
  const list = `/teams?q=${stamp}`; // matches the team before and after the rename
  expect(await load(coordinator, list)).toBe('miss');
  expect(await load(coordinator, list)).toBe('hit');
  const reloaded = await coordinator.reload();
  expect(cacheOf(reloaded)).toBe('hit');
  // A page from memory carries the headers of the render: never stored by the browser, same security headers.
  expect(reloaded?.headers()['cache-control']).toContain('no-store');
  expect(reloaded?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(coordinator.getByRole('row').filter({ hasText: `ea-IT-CACHE-${stamp}` })).toBeVisible();
  await expect(coordinator.getByRole('banner')).toContainText('Martin Horák');

  // The same URL for the admin is rendered for the admin, not taken from the coordinator's page.
  expect(await load(page, list)).toBe('miss');
  await expect(page.getByRole('banner')).toContainText('Helena Andrade');
  await expect(page.getByRole('banner')).not.toContainText('Martin Horák');
  expect(await load(page, list)).toBe('hit');

  // The admin renames the team (a new site); both see the change on their next load.
  await page.goto(`/teams/ea-IT-CACHE-${stamp}/edit`);
  await page.getByLabel('Site', { exact: true }).fill(`CACHED-${stamp}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/ea-IT-CACHED-${stamp}$`));

  expect(await load(coordinator, list)).toBe('miss');
  await expect(coordinator.getByRole('row').filter({ hasText: `ea-IT-CACHED-${stamp}` })).toBeVisible();
  await expect(coordinator.getByRole('row').filter({ hasText: `ea-IT-CACHE-${stamp}` })).toHaveCount(0);
  expect(await load(page, list)).toBe('miss');
  await expect(page.getByRole('row').filter({ hasText: `ea-IT-CACHED-${stamp}` })).toBeVisible();
  await coordinatorContext.close();
});
