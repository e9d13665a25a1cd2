// The pages and server actions refuse who may not use them: anonymous visitors land on the sign-in
// page (a server action posted without a session is refused the same way), and signed-in users
// without the permission get "not found" rather than the page.
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

test('an EA team member cannot open the admin pages', async ({ page }) => {
  await signInAs(page, 'member@ea-pt-lip-lisbon.demo.local');
  for (const path of ['/admin/audit', '/admin/groups']) {
    // The status is already sent when the page streams behind its loading skeleton: check content.
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Not found' }), path).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' })).toHaveCount(0);
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
});
