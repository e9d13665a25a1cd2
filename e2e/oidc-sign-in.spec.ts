// Sign-in through the full OpenID Connect authorization-code flow against a real provider on
// 127.0.0.1 (e2e/support/oidc-server.ts): the groups in its claims decide the user's team and role.
import { expect, test } from '@playwright/test';
import { signInAtOidcProvider } from './support/oidc-login';

async function startOidcSignIn(page: import('@playwright/test').Page) {
  await page.goto('/signin');
  await page.getByRole('button', { name: /Sign in with/ }).click();
}

test('a member of ea-PT-LIP-Lisbon signs in through the identity provider and lands in that team', { tag: '@embedded' }, async ({ page }) => {
  await startOidcSignIn(page);
  await signInAtOidcProvider(page, 'member');
  await expect(page.getByRole('banner')).toContainText('Mia Member');
  await expect(page.getByRole('banner')).toContainText('EA team member');

  await page.goto('/account');
  const groups = page.getByRole('table', { name: /groups/i });
  const row = groups.getByRole('row', { name: /ea-PT-LIP-Lisbon/ });
  await expect(row).toContainText('identity provider');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' })).toBeVisible();
});

test('a coordinator from the identity provider gets the coordinator role', async ({ page }) => {
  await startOidcSignIn(page);
  await signInAtOidcProvider(page, 'coordinator');
  await expect(page.getByRole('banner')).toContainText('Staged Rollout Coordinator');
});

test('unknown groups in the claims grant no role', async ({ page }) => {
  await startOidcSignIn(page);
  await signInAtOidcProvider(page, 'zoe:no-such-group,ea-XX-Nowhere');
  await expect(page.getByRole('banner')).toContainText('No role');
  await page.goto('/account');
  await expect(page.getByText('no-such-group')).toHaveCount(0);
});

test('an identity without an e-mail address is refused with a reason', async ({ page }) => {
  await startOidcSignIn(page);
  await signInAtOidcProvider(page, 'noemail');
  await expect(page.getByRole('alert').filter({ hasText: 'e-mail' })).toContainText('did not release your e-mail address');
  await expect(page.getByRole('banner')).toHaveCount(0); // still on the sign-in page, not signed in
});
