// Demo sign-in for e2e specs: opens /signin with a callback and presses "Sign in as <email>" (demo
// mode, no password). Each Playwright test or context starts signed out, so sign in once per context.
import { expect, type Page } from '@playwright/test';

export async function signInAs(page: Page, email: string, callbackPath = '/'): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByRole('button', { name: `Sign in as ${email}`, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === callbackPath.split('?')[0], { timeout: 20_000 });
}
