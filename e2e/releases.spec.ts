// Releases in the browser: a Technology Provider submits a release (a cadence violation is refused
// next to its field, then overridden with a reason); a verifier takes one PPA through verification
// into StagedRollOut and its staged-rollout ticket appears with the naming-convention title; a
// coordinator lets an emergency release skip staged rollout with a written justification.
import { randomBytes } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(120_000);

/** Set RELEASES_SCREENSHOTS=<dir> to keep screenshots of the pages for a visual check. */
async function shot(page: Page, name: string) {
  const dir = process.env.RELEASES_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function pageAs(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, path);
  return page;
}

interface ReleaseSpec {
  umdMajor: string;
  version: string;
  type: 'EMERGENCY' | 'REVISION' | 'MINOR' | 'MAJOR';
  platforms: ('SL5 x86_64' | 'SL6 x86_64')[];
}

async function fillRelease(page: Page, spec: ReleaseSpec) {
  await page.getByLabel('Middleware stack').selectOption({ label: 'gLite' });
  await page.getByLabel('Product (component)').selectOption({ label: 'CREAM' });
  await page.getByLabel('UMD major release').fill(spec.umdMajor);
  await page.getByLabel('Version', { exact: true }).fill(spec.version);
  await page.getByLabel('Release type').selectOption(spec.type);
  await page.getByLabel('Release notes').fill(`CREAM ${spec.version}: fixes <b>proxy renewal</b>.\n  - second line kept`);
  await page.getByLabel('Documentation address').fill('https://wiki.example.org/CREAM');
  await page.getByLabel('Installation and configuration notes').fill('Run yaim -c -s site-info.def -n creamCE');
  for (const platform of spec.platforms) {
    await page.getByLabel(`Packages for ${platform}`).fill(`glite-CREAM-${spec.version}.rpm\nglite-ce-cream-${spec.version}.rpm`);
  }
}

async function submitNew(page: Page, spec: ReleaseSpec): Promise<number> {
  await page.goto('/releases/new');
  await fillRelease(page, spec);
  await page.getByRole('button', { name: 'Submit release' }).click();
  await expect(page).toHaveURL(/\/releases\/\d+\?submitted=1$/);
  return Number(/\/releases\/(\d+)/.exec(page.url())![1]);
}

test('a provider submits a release; a cadence violation is refused, then overridden with a reason; a verifier opens its staged rollout', async ({
  browser,
}) => {
  const umdMajor = `E2E-${randomBytes(3).toString('hex')}`;
  const provider = await pageAs(browser, 'provider@demo.local', '/releases/new');

  const first = await submitNew(provider, { umdMajor, version: '1.9.0-1', type: 'EMERGENCY', platforms: ['SL5 x86_64', 'SL6 x86_64'] });
  await expect(provider.getByText(`Release submitted as sw-rel #${first} with 2 child tickets`)).toBeVisible();
  // Submitted text is shown as typed, never as HTML.
  await expect(provider.getByRole('region', { name: 'Release notes', exact: true })).toContainText('fixes <b>proxy renewal</b>.');

  // Same UMD major, new component major version: refused next to the version field.
  await provider.goto('/releases/new');
  await fillRelease(provider, { umdMajor, version: '2.0.0-1', type: 'EMERGENCY', platforms: ['SL5 x86_64'] });
  await provider.getByRole('button', { name: 'Submit release' }).click();
  await expect(provider.getByText(`${umdMajor} ships CREAM 1.x (sw-rel #${first}`)).toBeVisible();
  await expect(provider.getByText('This release breaks the release cadence rules')).toBeVisible();
  await expect(provider).toHaveURL(/\/releases\/new$/);
  await shot(provider, 'release-new-cadence-error');
  await provider.getByLabel('Override the release cadence rules for this release').check();
  await provider.getByLabel('Reason for the override').fill('CREAM 2 is required by the EMI-1 WMS update agreed with EGI.');
  await provider.getByRole('button', { name: 'Submit release' }).click();
  await expect(provider).toHaveURL(/\/releases\/\d+\?submitted=1$/);
  const override = provider.getByRole('region', { name: 'Release cadence overridden' });
  await expect(override).toContainText('CREAM 2 is required by the EMI-1 WMS update agreed with EGI.');

  // The verifier takes the first release's SL5 PPA through verification into staged rollout.
  const verifier = await pageAs(browser, 'verifier@demo.local', `/releases/${first}`);
  const sl5 = verifier.getByRole('region', { name: 'SL5 x86_64', exact: true });
  await expect(sl5).toContainText('Unverified');
  await sl5.getByRole('button', { name: 'Start verification' }).click();
  await expect(sl5.getByLabel('Verification report address')).toBeVisible();
  await expect(sl5).toContainText('InVerification');
  await sl5.getByLabel('Verification report address').fill('https://documents.example.org/verification/cream-1.9.0');
  await sl5.getByRole('button', { name: 'Accept verification: start staged rollout' }).click();
  const title = `Staged Rollout ${umdMajor} CREAM 1.9.0-1 SL5 x86_64`;
  const ticket = sl5.getByRole('link', { name: new RegExp(`^#\\d+ ${title}$`) });
  await expect(ticket).toBeVisible();
  await expect(sl5).toContainText('StagedRollOut');
  await expect(sl5).toContainText('owner: Nobody');
  await shot(verifier, 'release-staged');
  await expect(sl5.getByRole('link', { name: 'https://documents.example.org/verification/cream-1.9.0' })).toBeVisible();
  // The sibling PPA did not move.
  await expect(verifier.getByRole('region', { name: 'SL6 x86_64', exact: true })).toContainText('Unverified');
  // The list shows both PPAs' states.
  await verifier.goto(`/releases?stack=glite&state=STAGED_ROLLOUT`);
  await expect(verifier.getByRole('row', { name: new RegExp(`sw-rel #${first}\\b`) })).toContainText('StagedRollOut');
  await shot(verifier, 'releases-list');
  await verifier.setViewportSize({ width: 375, height: 900 });
  await shot(verifier, 'releases-list-375');
  // The provider has no verification controls.
  await provider.goto(`/releases/${first}`);
  await expect(provider.getByRole('button', { name: 'Start verification' })).toHaveCount(0);
});

test('an emergency release skips staged rollout with a written justification and goes to production', async ({ browser }) => {
  const umdMajor = `E2E-${randomBytes(3).toString('hex')}`;
  const provider = await pageAs(browser, 'provider@demo.local', '/releases/new');
  const number = await submitNew(provider, { umdMajor, version: '1.9.1-1', type: 'EMERGENCY', platforms: ['SL6 x86_64'] });

  const coordinator = await pageAs(browser, 'coordinator@demo.local', `/releases/${number}`);
  const sl6 = coordinator.getByRole('region', { name: 'SL6 x86_64', exact: true });
  // Skipping staged rollout never skips verification: not offered on an Unverified item.
  await expect(sl6.getByText('Emergency: skip staged rollout…')).toHaveCount(0);
  await sl6.getByRole('button', { name: 'Start verification' }).click();
  await sl6.getByText('Emergency: skip staged rollout…').click();
  await sl6.getByLabel('Justification for skipping staged rollout').fill('short');
  await sl6.getByRole('button', { name: 'Skip staged rollout and release to production' }).click();
  await expect(sl6.getByText('at least 20 characters')).toBeVisible();
  const justification = 'Remote root exploit (EGI-SVG critical): the security officer asked for release within 24 hours.';
  await sl6.getByLabel('Justification for skipping staged rollout').fill(justification);
  await sl6.getByRole('button', { name: 'Skip staged rollout and release to production' }).click();
  await expect(sl6).toContainText('Production (no staged rollout)');
  await expect(sl6).toContainText('No test (staged rollout skipped)');
  await expect(coordinator.getByRole('region', { name: 'Staged rollout skipped (emergency release)' })).toContainText(justification);
  await expect(coordinator.getByRole('region', { name: 'Release', exact: true })).not.toContainText('not yet');
  await coordinator.setViewportSize({ width: 375, height: 900 });
  await shot(coordinator, 'release-emergency-375');
});

test('a security release is embargoed from intake: refused next to the field without the security flag, then marked Embargoed', async ({ browser }) => {
  const umdMajor = `E2E-${randomBytes(3).toString('hex')}`;
  const provider = await pageAs(browser, 'provider@demo.local', '/releases/new');
  await fillRelease(provider, { umdMajor, version: '1.9.2-1', type: 'EMERGENCY', platforms: ['SL6 x86_64'] });
  await provider.getByLabel('Embargoed until (UTC)').fill(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 16));
  await provider.getByRole('button', { name: 'Submit release' }).click();
  await expect(provider.getByText('Only a security release can be embargoed')).toBeVisible();
  await expect(provider.getByLabel('Version', { exact: true })).toHaveValue('1.9.2-1');
  await provider.getByLabel(/Security release/).check();
  await provider.getByRole('button', { name: 'Submit release' }).click();
  await expect(provider).toHaveURL(/\/releases\/\d+\?submitted=1$/);
  await expect(provider.getByText(/^Embargoed until \d/)).toBeVisible();
  await provider.goto(`/releases?q=${umdMajor}`);
  await expect(provider.getByText('Embargoed', { exact: true }).filter({ visible: true }).first()).toBeVisible();
});
