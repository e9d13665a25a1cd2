// Issue #15 in the browser, on the demo data: the embargoed VOMS_mysql 2.1.3-1 security rollout is seen by
// the invited team (ea-NL-NIKHEF-ELPROD, the first team committed to VOMS_mysql) and is nowhere for an
// outsider (list, search, direct link, feed); the superseded WMS 3.7.0-1 rollout points to 3.7.1-1, which shows
// the older version's evidence and carried finding, and takes the manager's shortened exposure with a reason.
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

const SLOW = { timeout: 30_000 };
const INVITED = 'member@ea-nl-nikhef-elprod.demo.local';
const OUTSIDER = 'member@ea-pt-lip-lisbon.demo.local';
const EMBARGOED = 'VOMS_mysql 2.1.3-1';

test('the invited team sees the embargoed rollout, with its embargo notice', async ({ page }) => {
  await signInAs(page, INVITED, '/rollouts?q=2.1.3');
  const link = page.getByRole('link', { name: new RegExp(EMBARGOED) });
  await expect(link).toBeVisible(SLOW);
  await expect(page.getByText('Embargoed', { exact: true }).filter({ visible: true }).first()).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(EMBARGOED, SLOW);
  await expect(page.getByText(/^Embargoed until \d/)).toBeVisible();
});

test('an outsider finds nothing of the embargoed rollout: list, search, direct link, feed', async ({ page, request }) => {
  // The coordinator learns its number (the outsider could guess it).
  await signInAs(page, 'coordinator@demo.local', '/rollouts?q=2.1.3');
  const link = page.getByRole('link', { name: new RegExp(EMBARGOED) });
  await expect(link).toBeVisible(SLOW);
  const href = (await link.getAttribute('href'))!;
  await page.context().clearCookies();

  await signInAs(page, OUTSIDER, '/rollouts?q=2.1.3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staged rollouts', SLOW);
  await expect(page.getByRole('link', { name: new RegExp(EMBARGOED) })).toHaveCount(0);
  await page.goto('/releases?q=VOMS_mysql');
  await expect(page.getByText('2.1.3-1')).toHaveCount(0);
  expect((await page.goto(href))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible(SLOW);
  await expect(page.getByText(EMBARGOED)).toHaveCount(0);
  const feed = await request.get('/feeds/rollouts.rss');
  expect(await feed.text()).not.toContain(EMBARGOED);
});

test('a superseded rollout points to its successor, which shows the older evidence and takes a shortened exposure', async ({ page }) => {
  await signInAs(page, 'manager-glite@demo.local', '/rollouts?q=WMS%203.7.0-1');
  await page.getByRole('link', { name: /WMS 3\.7\.0-1/ }).click();
  const card = page.getByRole('region', { name: 'Supersession' });
  await expect(card).toContainText('Superseded by', SLOW);
  await expect(card).toContainText('Nothing can be done on this rollout any more.');
  await card.getByRole('link', { name: /^rollout #\d+$/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('WMS 3.7.1-1', SLOW);
  const next = page.getByRole('region', { name: 'Supersession' });
  await expect(next).toContainText('Supersedes');
  await expect(next).toContainText('REJECT on 3.7.0-1');
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('found in 3.7.0-1');

  const form = next.getByRole('form', { name: 'Shorten the exposure' });
  // The allowed range follows the release type's current policy (readiness-policy.spec may have changed it).
  const daysInput = form.getByLabel(/Exposure for this version/);
  const days = (await daysInput.getAttribute('min')) ?? '5';
  await daysInput.fill(days);
  await form.getByLabel('Reason').fill('too short');
  await form.getByRole('button', { name: 'Shorten the exposure' }).click();
  await expect(form.getByText(/at least 10 characters/)).toBeVisible(SLOW);
  await form.getByLabel('Reason').fill('3.7.1 only fixes the ICE restart bug the teams already exposed.');
  await form.getByRole('button', { name: 'Shorten the exposure' }).click();
  await expect(page.getByText(`Shortened exposure: ${days} days.`)).toBeVisible(SLOW);
});
