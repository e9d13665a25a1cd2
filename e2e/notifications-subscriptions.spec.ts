// Subscriptions and holidays in the browser: follow a stack, switch to the daily digest, unfollow;
// an admin adds a national holiday (a duplicate is refused next to the field) and removes it;
// an unknown unsubscribe link says so without signing in.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(90_000);

test('follow a stack, switch to the daily digest, then unfollow', async ({ page }) => {
  await signInAs(page, 'manager-arc@demo.local', '/subscriptions');
  const list = page.getByRole('list', { name: 'Your subscriptions' });
  await page.getByLabel('Follow', { exact: true }).selectOption('STACK');
  await page.getByLabel('Which one').selectOption({ label: 'UNICORE' });
  await page.getByLabel('in a daily digest').check();
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Following (daily digest)' })).toBeVisible();
  const row = list.getByRole('listitem').filter({ hasText: 'Stack UNICORE' });
  await expect(row).toContainText('daily digest');
  await row.getByRole('button', { name: 'Switch Stack UNICORE to immediate mail' }).click();
  await expect(row).toContainText('immediate mail');
  await row.getByRole('button', { name: 'Stop following Stack UNICORE' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'Stack UNICORE' })).toHaveCount(0);
});

test('admins keep the holiday calendar; a duplicate is refused next to the date', async ({ page }) => {
  await signInAs(page, 'admin@demo.local', '/admin/holidays');
  const year = 2040 + (randomBytes(1)[0]! % 50);
  const date = `${year}-06-10`;
  const name = `Test day ${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Where').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${date} ${name} added` })).toBeVisible();
  const row = page.getByRole('list', { name: 'Holidays' }).getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText(date);

  // The form was cleared after the success; the same day and NGI again is refused next to the date,
  // and what was typed stays in the form.
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Name').fill(`${name} again`);
  await page.getByLabel('Where').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await expect(page.getByText(`${date} is already a holiday in`)).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(`${name} again`);
  await expect(page.getByLabel('Date')).toHaveValue(date);
  await expect(page.getByLabel('Where').locator('option:checked')).not.toHaveText('Everywhere');
  await expect(page.getByLabel('Date')).toHaveAccessibleDescription(new RegExp(`${date} is already a holiday in`));

  await row.getByRole('button', { name: /Remove holiday/ }).click();
  await expect(page.getByRole('list', { name: 'Holidays' }).getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});

test('a manager cannot open the holiday calendar', async ({ page }) => {
  await signInAs(page, 'manager-glite@demo.local', '/');
  expect((await page.goto('/admin/holidays'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add holiday' })).toHaveCount(0);
});

test('an unknown unsubscribe link answers without sign-in and changes nothing', async ({ request }) => {
  const response = await request.get('/unsubscribe/not-a-real-token');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Unknown or used link');
  const oneClick = await request.post('/unsubscribe/not-a-real-token', { data: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain('Nothing to unsubscribe');
});
