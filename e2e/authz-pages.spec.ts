// The pages and server actions refuse who may not use them: anonymous visitors land on the sign-in
// page (a server action posted without a session is refused the same way), signed-in users without the
// permission get the "Not allowed" page with HTTP 403, and an address that names nothing the "Not found" page
// with HTTP 404 (issue #21).
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

const PROTECTED_PAGES = ['/teams', '/coverage', '/rollouts', '/releases', '/releases/new', '/metrics', '/outbox', '/account', '/admin/audit', '/admin/groups', '/my-team'];

test('anonymous visitors of every page are sent to the sign-in page', async ({ page }) => {
  for (const path of PROTECTED_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path).replace(/[/]/g, '%2F')}`));
  }
});

test('a server action posted without a session is redirected to sign-in and changes nothing', async ({ request }) => {
  const before = await request.get('/api/health');
  expect(before.status()).toBe(200);
  const response = await request.post('/admin/groups', {
    headers: { 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers()['location']).toContain('/signin');
});

test('an EA team member cannot open the admin pages: 403 with the readable refusal', async ({ page }) => {
  await signInAs(page, 'member@ea-pt-lip-lisbon.demo.local');
  for (const path of ['/admin/audit', '/admin/groups', '/admin/readiness', '/teams/new', '/teams/ea-IT-INFN-T1/edit']) {
    // Decided before the page streams under its loading skeleton (lib/page-gate), so the status is the refusal's.
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' }), path).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: 'Back to the overview' })).toBeVisible();
  // The pages the member may open still answer 200.
  expect((await page.goto('/teams/ea-PT-LIP-Lisbon'))?.status()).toBe(200);
  expect((await page.goto('/rollouts/invitations'))?.status()).toBe(200);
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' })).toHaveCount(0);
});

test('an address that names nothing answers 404 with the Not found page, signed in and out', async ({ page, request }) => {
  await signInAs(page, 'coordinator@demo.local');
  for (const path of ['/rollouts/987654321', '/rollouts/abc', '/releases/987654321', '/teams/ea-XX-No-Such-Site', '/teams/ea-XX-No-Such-Site/edit', '/catalog/components/no-such-id', '/no-such-page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' }), path).toBeVisible();
  }
  // Signed out, a page address is sent to sign-in first (nothing about it is told); a public address that names nothing is a 404 page.
  const signedOut = await request.get('/rollouts/987654321', { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers()['location']).toContain('/signin?callbackUrl=');
  const missingFeed = await request.get('/feeds/no-such-feed', { maxRedirects: 0 });
  expect(missingFeed.status()).toBe(404);
  expect(await missingFeed.text()).toContain('Not found');
});

test('an admin adds a member to a role group in the app and the page shows its source', async ({ page }) => {
  const email = `e2e-${Date.now()}@site.example`;
  await signInAs(page, 'admin@demo.local', '/admin/groups');
  const card = page.getByRole('region', { name: 'sw-rel-verifiers' });
  const field = card.getByLabel('Add a member to sw-rel-verifiers');
  await field.fill(email);
  await card.getByRole('button', { name: 'Add member' }).click();
  await expect(card.getByRole('listitem').filter({ hasText: email })).toContainText('app');
  // The same person twice: refused next to the field, nothing added.
  await field.fill(email);
  await card.getByRole('button', { name: 'Add member' }).click();
  await expect(card.getByText('Already a member.')).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: email })).toHaveCount(1);
  await page.goto(`/admin/audit?action=group.addMember`);
  await expect(page.getByRole('table')).toContainText(email);

  // The audit trail is a data table: the toolbar filters by action and day (the URL keeps the old names),
  // a header sorts, the rows-per-page menu pages.
  const today = new Date().toISOString().slice(0, 10);
  await page.goto('/admin/audit');
  const filters = page.getByRole('search', { name: 'Filter the table' });
  await filters.getByLabel('Action starts with').fill('group.add');
  await filters.getByLabel('From').fill(today);
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(`/admin/audit?action=group.add&from=${today}`);
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText(email);
  await page.getByRole('link', { name: 'Who. Sort ascending' }).click();
  await expect(page).toHaveURL(`/admin/audit?action=group.add&from=${today}&sort=actor&dir=asc`);
  await page.getByLabel('Rows per page').selectOption('25');
  await expect(page).toHaveURL(`/admin/audit?action=group.add&from=${today}&sort=actor&dir=asc&perPage=25`);
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText(email);
  // The next day on: nothing, and the empty state says so.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/admin/audit?action=group.add&from=${tomorrow}`);
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText('No audit events match these filters.');
});
