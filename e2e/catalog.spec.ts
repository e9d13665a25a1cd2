// The component catalogue in the browser: an admin adds a component (a duplicate name is refused at
// the field), retires it (teams can no longer commit to it, its history stays) and brings it back;
// the versions of a released component are its Release rows; non-admins only read.
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(90_000);

const ADMIN = 'admin@demo.local';

/** Set TEAMS_SCREENSHOTS=<dir> to keep screenshots for a visual check. */
async function shot(page: Page, name: string) {
  const dir = process.env.TEAMS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

// Waits for the form (the team page streams in behind its skeleton) before reading the options.
async function componentOptions(page: Page) {
  const select = page.getByRole('form', { name: 'Add a commitment' }).getByLabel('Component');
  await expect(select.locator('option').nth(1)).toBeAttached();
  return select.locator('option').allInnerTexts();
}

test('admin adds, retires and unretires a component; commitments follow', async ({ page }) => {
  const name = `E2E-COMP-${Date.now().toString(36).toUpperCase()}`;
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, ADMIN, '/catalog/components/new');

  // A name the stack already has: refused next to the field.
  await page.getByLabel('Stack').selectOption({ label: 'gLite (EMI)' });
  await page.getByLabel('Component name').fill('cream');
  await page.getByLabel('UMD capability').selectOption({ label: 'Compute' });
  await page.getByRole('checkbox', { name: 'SL6 x86_64' }).check();
  await page.getByRole('button', { name: 'Create component' }).click();
  await expect(page.getByText('gLite already has a component named cream.')).toBeVisible();
  // What was typed is kept, to be corrected rather than retyped.
  await expect(page.getByLabel('Stack').locator('option:checked')).toHaveText('gLite (EMI)');
  await expect(page.getByLabel('Component name')).toHaveValue('cream');
  await expect(page.getByLabel('Component name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Component name')).toHaveAccessibleDescription(/gLite already has a component named cream/);
  await expect(page.getByLabel('UMD capability').locator('option:checked')).toHaveText('Compute');
  await expect(page.getByRole('checkbox', { name: 'SL6 x86_64' })).toBeChecked();

  await page.getByLabel('Component name').fill(name);
  await page.getByRole('checkbox', { name: 'SL5 x86_64' }).check();
  await page.getByRole('checkbox', { name: 'SL6 x86_64' }).check();
  await page.getByRole('button', { name: 'Create component' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(`${name} added to the catalogue.`)).toBeVisible();
  await expect(page.getByText('Ships on: SL5 x86_64, SL6 x86_64')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Versions (0)' })).toContainText('No release of this component');
  const componentUrl = page.url();

  // Teams can commit to it...
  await page.goto('/teams/ea-PT-LIP-Lisbon');
  expect(await componentOptions(page)).toContain(name);

  // ...until it is retired; the component page says so and keeps its history.
  await page.goto(componentUrl);
  await page.getByRole('button', { name: `Retire ${name}` }).click();
  await expect(page.getByText(/Retired: no new commitments/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Retired on .*no new commitments\. Past commitments, releases and rollouts are kept\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('catalog.retireComponent by admin@demo.local');
  await page.goto('/teams/ea-PT-LIP-Lisbon');
  expect(await componentOptions(page)).not.toContain(name);
  await page.goto('/catalog?status=retired');
  await expect(page.getByRole('table', { name: 'Components of the catalogue' }).getByRole('link', { name, exact: true })).toBeVisible();

  await page.goto(componentUrl);
  await page.getByRole('button', { name: `Unretire ${name}` }).click();
  await expect(page.getByText('Back in the catalogue.')).toBeVisible();
  await page.goto('/teams/ea-PT-LIP-Lisbon');
  expect(await componentOptions(page)).toContain(name);
});

test('the catalogue table filters and sorts; versions are the release rows', async ({ page }) => {
  await signInAs(page, ADMIN, '/catalog?stack=glite&sort=versions&dir=desc');
  const table = page.getByRole('table', { name: 'Components of the catalogue' });
  await expect(table.getByRole('columnheader', { name: /Versions/ })).toHaveAttribute('aria-sort', 'descending');
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText('gLite (EMI)');
  await expect(first).toContainText(/\d+ \(latest /);
  await first.getByRole('link').first().click();
  const versions = page.getByRole('region', { name: /^Versions \(\d+\)$/ });
  await expect(versions.getByRole('link').first()).toHaveAttribute('href', /^\/releases\/\d+$/);
  await expect(versions.locator('tbody tr').first()).toContainText(/\d/);
  await shot(page, 'component-page');

  // A platform that already exists is refused next to the field.
  await page.goto('/catalog');
  await shot(page, 'catalog');
  await page.getByText('Add a platform', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Add a platform' });
  await form.getByLabel('OS').fill('sl5');
  await form.getByLabel('Architecture').fill('x86_64');
  await form.getByRole('button', { name: 'Add platform' }).click();
  await expect(form.getByText('sl5 x86_64 is already in the catalogue.')).toBeVisible();
});

test('non-admins read the catalogue but cannot change it', async ({ page }) => {
  await signInAs(page, 'member@ea-pt-lip-lisbon.demo.local', '/catalog');
  await expect(page.getByRole('table', { name: 'Components of the catalogue' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New component' })).toHaveCount(0);
  await expect(page.getByText('Add a stack')).toHaveCount(0);
  expect((await page.goto('/catalog/components/new'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('admin retires a platform on the catalogue page: marked, offered to no new component, then back', async ({ page }) => {
  const os = `E2E${Date.now().toString(36).toUpperCase()}`;
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, ADMIN, '/catalog');
  await page.locator('summary', { hasText: 'Add a platform' }).click();
  const add = page.getByRole('form', { name: 'Add a platform' });
  await add.getByLabel('OS').fill(os);
  await add.getByLabel('Architecture').fill('x86_64');
  await add.getByRole('button', { name: 'Add platform' }).click();
  await expect(page.getByText(`${os} x86_64 added.`)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: `Retire ${os} x86_64` }).click();
  await expect(page.getByText(/Retired: offered nowhere new/)).toBeVisible();
  await page.reload();
  const item = page.locator('li', { has: page.getByRole('button', { name: `Unretire ${os} x86_64` }) });
  await expect(item).toContainText(`${os} x86_64 0 components, 0 commitments retired`);
  await page.goto('/catalog/components/new');
  await expect(page.getByRole('checkbox', { name: 'SL5 x86_64' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `${os} x86_64` })).toHaveCount(0);

  await page.goto('/catalog');
  await page.getByRole('button', { name: `Unretire ${os} x86_64` }).click();
  await expect(page.getByText('Back in use.')).toBeVisible();
  await page.goto('/catalog/components/new');
  await expect(page.getByRole('checkbox', { name: `${os} x86_64` })).toBeVisible();
});
