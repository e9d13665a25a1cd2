// The coordinator edits the readiness policy of a release type in the browser: a refused range keeps
// what was typed with the reason next to the field; a valid change is saved as the next version, and
// the version list shows it with its reason. Other roles do not get the page.
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

const SLOW = { timeout: 30_000 };

test('the coordinator saves a new version of the revision policy, with a reason', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/admin/readiness');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readiness policy');
  const card = page.getByRole('region', { name: /^Revision \(v\d+\)$/ });
  const before = Number(/v(\d+)/.exec((await card.getByRole('heading').textContent()) ?? '')![1]);
  const form = card.getByRole('form', { name: 'Readiness policy: Revision' });
  await form.getByLabel('Shortest exposure (days)').fill('8');
  await form.getByLabel('Reason for the change').fill('Revisions touch the job path: test them longer.');
  await form.getByRole('button', { name: /^Save as version/ }).click();
  await expect(form.getByText('The default may not be shorter than the shortest exposure.')).toBeVisible(SLOW);
  await expect(form.getByLabel('Reason for the change')).toHaveValue('Revisions touch the job path: test them longer.');

  await form.getByLabel('Shortest exposure (days)').fill('6');
  await form.getByRole('button', { name: /^Save as version/ }).click();
  await expect(page.getByRole('region', { name: `Revision (v${before + 1})` })).toBeVisible(SLOW);
  await expect(page.getByRole('list', { name: 'Policy versions' })).toContainText(`Revision policy v${before + 1}: exposure 6–7 days (default 7)`);
  await expect(page.getByRole('list', { name: 'Policy versions' })).toContainText('Revisions touch the job path: test them longer.');
});

test('a manager does not get the readiness policy page', async ({ page }) => {
  await signInAs(page, 'manager-glite@demo.local', '/admin/readiness');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Readiness policy');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Readiness policy' })).toHaveCount(0);
});
