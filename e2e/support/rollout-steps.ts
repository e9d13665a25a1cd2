// Steps of the staged rollout shared by the e2e specs: signing in a context, the demo team members,
// and a fresh rollout (a provider's release verified into staged rollout through the release pages).
import { randomBytes } from 'node:crypto';
import { type Browser, expect, type Page } from '@playwright/test';
import { signInAs } from './sign-in';

const SLOW = { timeout: 30_000 };

/** A new browser context signed in as `email`, opened on `path`. */
export async function pageAs(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, path);
  return page;
}

/** The seeded member of a demo team. */
export const memberOf = (team: string) => `member@${team.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}.demo.local`;

/** Provider submits an emergency CREAM release for one platform (SL5 x86_64 unless told); the verifier takes it into staged rollout. */
export async function newRollout(browser: Browser, version: string, platform = 'SL5 x86_64'): Promise<{ rollout: number; release: number; title: string }> {
  const umdMajor = `E2E-${randomBytes(3).toString('hex')}`;
  const provider = await pageAs(browser, 'provider@demo.local', '/releases/new');
  await provider.getByLabel('Middleware stack').selectOption({ label: 'gLite' });
  await provider.getByLabel('Product (component)').selectOption({ label: 'CREAM' });
  await provider.getByLabel('UMD major release').fill(umdMajor);
  await provider.getByLabel('Version', { exact: true }).fill(version);
  await provider.getByLabel('Release type').selectOption('EMERGENCY');
  await provider.getByLabel('Release notes').fill(`CREAM ${version}: proxy renewal fix.`);
  await provider.getByLabel(`Packages for ${platform}`).fill(`glite-CREAM-${version}.rpm`);
  await provider.getByRole('button', { name: 'Submit release' }).click();
  await expect(provider).toHaveURL(/\/releases\/\d+\?submitted=1$/, SLOW);
  const release = Number(/\/releases\/(\d+)/.exec(provider.url())![1]);
  await provider.context().close();

  const verifier = await pageAs(browser, 'verifier@demo.local', `/releases/${release}`);
  const item = verifier.getByRole('region', { name: platform, exact: true });
  await item.getByRole('button', { name: 'Start verification' }).click();
  await item.getByLabel('Verification report address').fill(`https://documents.example.org/verification/cream-${version}`);
  await item.getByRole('button', { name: 'Accept verification: start staged rollout' }).click();
  const title = `Staged Rollout ${umdMajor} CREAM ${version} ${platform}`;
  const link = item.getByRole('link', { name: new RegExp(`^#\\d+ ${title}$`) });
  await expect(link).toBeVisible(SLOW);
  const rollout = Number(/^#(\d+)/.exec((await link.textContent()) ?? '')![1]);
  await verifier.context().close();
  return { rollout, release, title };
}
