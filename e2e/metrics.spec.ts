// Metrics in the browser: any signed-in user opens /metrics for the first project year (2010) and sees
// the document's totals (Table 1: 52 accepted, 7 rejected, 14 without test; Table 2: 80 tests), the
// charts with their text alternatives, chooses a date range (and is told when it is wrong), downloads
// Table 2 as CSV (Portugal: 11 tests), and reads the same tables from the JSON API.
import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(120_000);

/** Set METRICS_SCREENSHOTS=<dir> to keep screenshots of the page for a visual check. */
async function shot(page: Page, name: string) {
  const dir = process.env.METRICS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const MEMBER = 'member@ea-pt-lip-lisbon.demo.local';

test('signed-out visitors are sent to sign in', async ({ page }) => {
  await page.goto('/metrics?year=2010');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmetrics/);
});

test('the 2010 page shows the document totals, charts, and a CSV of Table 2 with Portugal at 11', async ({ page }) => {
  await signInAs(page, MEMBER, '/metrics?year=2010');
  await expect(page.getByRole('heading', { name: 'Metrics', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Project year 2010 \(May 2010 – April 2011\)/ })).toBeVisible();
  await expect(page.getByLabel('Project year', { exact: true })).toHaveValue('2010');

  const table1Total = page.getByTestId('component-outcomes-total');
  await expect(table1Total.getByRole('cell')).toHaveText(['52', '7', '14']);
  const table1 = page.getByRole('table').filter({ has: page.getByText('Table 1:') });
  await expect(table1.getByRole('row', { name: /^Q4/ }).getByRole('cell')).toHaveText(['26', '2', '0']);

  const table2Total = page.getByTestId('tests-per-ngi-total');
  await expect(table2Total.getByRole('cell')).toHaveText(['100', '80', '12', '14', '14', '40']);
  const table2 = page.getByRole('table').filter({ has: page.getByText('Table 2:') });
  await expect(table2.getByRole('row', { name: /^Portugal/ }).getByRole('cell')).toHaveText(['13.8', '11', '0', '4', '1', '6']);

  const table3 = page.getByRole('table').filter({ has: page.getByText('Table 3:') });
  await expect(table3.getByRole('row', { name: /^Q1/ }).getByRole('cell').last()).toHaveText('26');
  await expect(table3.getByRole('row', { name: /^Q4/ }).getByRole('cell').last()).toHaveText('45');
  // Q2 is not recorded in the document: shown as a reconstruction, marked as such; Q1 is the document's figure.
  await expect(table3.getByRole('row', { name: /^Q2/ }).getByTestId('reconstructed')).toBeVisible();
  await expect(table3.getByRole('row', { name: /^Q1/ }).getByTestId('reconstructed')).toHaveCount(0);
  // The counting rule of Table 1 is written on the page, with the accepted-with-override count.
  await expect(page.getByText('How a component is counted: A component release counts once, in the quarter its last platform’s staged rollout ended')).toBeVisible();
  await expect(page.getByTestId('accepted-with-override')).toContainText(/Accepted with override .*: \d+ of 52\./);

  // Charts are images with a title and their data in words.
  const figure5 = page.getByRole('img', { name: /Components Accepted, Rejected and Not tested/ });
  await expect(figure5).toBeVisible();
  await expect(figure5).toHaveAccessibleDescription(/Q4: 26 Accepted, 2 Rejected, 0 No test/);
  await expect(page.getByRole('img', { name: /tests per NGI, stacked by project quarter/ })).toHaveAccessibleDescription(/Portugal: 11/);
  await shot(page, 'metrics-2010-desktop');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download CSV of M\.SA1\.ServiceValidation\.2/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('metrics-2010-tests-per-ngi.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFNGI,Total %,Total,Q1,Q2,Q3,Q4');
  expect(csv).toContain('\r\nPortugal,13.8,11,0,4,1,6\r\n');
  expect(csv).toContain('\r\nTotal,100.0,80,12,14,14,40\r\n');
});

test('a date range picks the project quarters it intersects, and a wrong one is explained next to its field', async ({ page }) => {
  await signInAs(page, MEMBER, '/metrics');
  const range = page.getByRole('form', { name: 'Choose a date range' });
  await range.getByLabel('From').fill('2010-08-01');
  await range.getByLabel('To (inclusive)').fill('2011-01-31');
  await range.getByRole('button', { name: 'Show range' }).click();
  await expect(page).toHaveURL(/from=2010-08-01&to=2011-01-31/);
  await expect(page.getByRole('heading', { name: '2010-08-01 to 2011-01-31' })).toBeVisible();
  await expect(page.getByTestId('component-outcomes-total').getByRole('cell')).toHaveText(['17', '4', '7']);
  await expect(page.getByTestId('tests-per-ngi-total').getByRole('cell')).toHaveText(['100', '28', '14', '14']);

  await page.goto('/metrics?from=2011-02-01&to=2010-05-01');
  await expect(page.getByRole('alert').filter({ hasText: 'Invalid period.' })).toContainText('to: The end date is before the start date.');
  await expect(page.getByLabel('To (inclusive)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('To (inclusive)')).toHaveAccessibleDescription('The end date is before the start date.');
});

test('the JSON API returns every table, and explains bad parameters with a 400', async ({ page }) => {
  await signInAs(page, MEMBER, '/');
  const ok = await page.request.get('/api/v1/metrics?year=2010');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.componentOutcomes.total).toEqual({ accepted: 52, rejected: 7, noTest: 14 });
  expect(body.testsPerNgi.total.total).toBe(80);
  expect(body.teamCounts.rows.map((row: { teams: number }) => row.teams)).toEqual([26, expect.any(Number), 40, 45]);
  expect(Object.keys(body)).toEqual(['period', 'componentOutcomes', 'testsPerNgi', 'teamCounts', 'coverage', 'timeMeasures']);

  const bad = await page.request.get('/api/v1/metrics?year=20x0');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toMatch(/year: Use a four-digit project year/);
  const unknownTable = await page.request.get('/api/v1/metrics/nothing.csv?year=2010');
  expect(unknownTable.status()).toBe(404);
});

test('the page reads on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await signInAs(page, MEMBER, '/metrics?year=2010');
  await expect(page.getByTestId('component-outcomes-total')).toBeVisible();
  // Whatever sticks out to the right of the viewport (none expected: wide tables scroll in their region).
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('[role=region]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').slice(0, 60)}`),
  );
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await shot(page, 'metrics-2010-phone');
  const dir = process.env.METRICS_SCREENSHOTS;
  if (dir) {
    for (const id of ['component-outcomes', 'tests-per-ngi', 'coverage', 'time-measures']) {
      await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `${dir}/metrics-phone-${id}.png` });
    }
  }
  await context.close();
});
