// Fills the e2e OpenID Connect provider's login form (see oidc-provider.ts) once the app has sent
// the browser there. Each Playwright test has a fresh context, so a fresh provider session.
import { expect, type Page } from '@playwright/test';
import type { OidcAccountId } from './oidc-provider';

/** `account`: an id of OIDC_ACCOUNTS, or an ad-hoc `<name>:<group>,<group>`. */
export async function signInAtOidcProvider(page: Page, account: OidcAccountId | `${string}:${string}`): Promise<void> {
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill('e2e');
  await page.locator('button[type="submit"]').click();
}
