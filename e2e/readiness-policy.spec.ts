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
  await expect(form.getByLabel('Shortest exposure (days)')).toHaveValue('8');
  // The refused field is marked, described by its message and focused.
  const refused = form.locator('[aria-invalid="true"]').first();
  await expect(refused).toHaveAccessibleDescription(/The default may not be shorter than the shortest exposure/);
  await expect(refused).toBeFocused();

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

test('the coordinator switches auto-accept on for a stack with a reason, and off again', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/admin/readiness');
  const card = page.getByRole('region', { name: 'Auto-accept per stack' });
  const form = card.getByRole('form', { name: 'Auto-accept for Globus' });
  await expect(form).toContainText('auto-accept is off');
  await form.getByLabel('Reason to switch it on').fill('short');
  await form.getByRole('button', { name: 'Switch auto-accept on' }).click();
  await expect(form.getByText('Say why (at least 10 characters).')).toBeVisible(SLOW);
  await form.getByLabel('Reason to switch it on').fill('Globus teams report promptly; try autopush for a month.');
  await form.getByRole('button', { name: 'Switch auto-accept on' }).click();
  await expect(form).toContainText('auto-accept is on', SLOW);
  // The stalled demo rollout of Globus says so in its panel (it is not ready, so no notice yet).
  await page.goto('/rollouts?q=GridFTP');
  await page.getByRole('link', { name: /GridFTP 6\.0\.2-1/ }).filter({ visible: true }).first().click();
  const panel = page.getByRole('region', { name: /^Ready to accept\?/ });
  await expect(panel.getByTestId('auto-accept')).toContainText('Auto-accept is on for this stack', SLOW);
  await expect(panel.getByTestId('stalled')).toContainText('call for volunteers');
  // Off again: other specs share this database.
  await page.goto('/admin/readiness');
  const off = page.getByRole('form', { name: 'Auto-accept for Globus' });
  await off.getByLabel('Reason to switch it off').fill('Trial over: back to manual acceptance.');
  await off.getByRole('button', { name: 'Switch auto-accept off' }).click();
  await expect(off).toContainText('auto-accept is off', SLOW);
});
