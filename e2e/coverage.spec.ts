// Coverage in the browser: an admin creates a team, commits it to a gLite component and removes the
// commitment again on the team page, and watches the matrix cell, its team list and the stack summary
// follow; the coordinator changes the redundancy target and the cells re-colour; the gap list, CSV
// exports and JSON API answer; the matrix is sent once (HTML plus compact data); the matrix scrolls
// inside its box on a phone.
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(120_000);

const ADMIN = 'admin@demo.local';
const COORDINATOR = 'coordinator@demo.local';
const MEMBER = 'member@ea-pt-lip-lisbon.demo.local';
const COMPONENT = 'FTM';
const PLATFORM = 'SL5 x86_64';

/** Set COVERAGE_SCREENSHOTS=<dir> to keep screenshots for a visual check. */
async function shot(page: Page, name: string) {
  const dir = process.env.COVERAGE_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

const cell = (page: Page) => page.getByRole('button', { name: new RegExp(`^${COMPONENT} on ${PLATFORM}: `) });

async function cellTeams(page: Page): Promise<number> {
  const label = (await cell(page).getAttribute('aria-label')) ?? '';
  const match = /: (\d+) teams?,/.exec(label);
  if (!match) throw new Error(`unexpected cell label: ${label}`);
  return Number(match[1]);
}

async function gliteSummary(page: Page): Promise<{ total: number; covered: number; missing: number }> {
  const text = await page.getByTestId('stack-summaries').getByText(/ gLite products?: /).innerText();
  const match = /(\d+) gLite products?: (\d+) covered, (\d+) missing Early Adopter teams/.exec(text);
  if (!match) throw new Error(`unexpected summary: ${text}`);
  return { total: Number(match[1]), covered: Number(match[2]), missing: Number(match[3]) };
}

test('signed-out visitors are sent to sign in', async ({ page }) => {
  await page.goto('/coverage?stack=glite');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcoverage%3Fstack%3Dglite/);
});

test('adding then removing a commitment moves the cell, its team list and the stack summary', { tag: '@embedded' }, async ({ page }) => {
  const site = `COV-${Date.now().toString(36).toUpperCase()}`;
  const teamName = `ea-IT-${site}`;
  await signInAs(page, ADMIN, '/coverage?stack=glite');
  const before = { teams: await cellTeams(page), summary: await gliteSummary(page) };
  await page.getByTestId('stack-summaries').scrollIntoViewIfNeeded();
  await shot(page, 'summary');

  // A team of our own, committed to FTM on SL5 x86_64 through the team page.
  await page.goto('/teams/new');
  await page.getByLabel('NGI code').fill('IT');
  await page.getByLabel('Site', { exact: true }).fill(site);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamName}`));
  const addForm = page.getByRole('form', { name: 'Add a commitment' });
  await addForm.getByLabel('Component').selectOption({ label: COMPONENT });
  await addForm.getByLabel('OS and architecture').selectOption({ label: PLATFORM });
  await addForm.getByRole('button', { name: 'Add commitment' }).click();
  const remove = page.getByRole('button', { name: `Remove the commitment to ${COMPONENT} on ${PLATFORM}` });
  await expect(remove).toBeVisible();

  await page.goto('/coverage?stack=glite');
  await expect(cell(page)).toHaveAttribute('aria-label', new RegExp(`: ${before.teams + 1} teams?,`));
  const wasMissing = before.teams === 0;
  expect(await gliteSummary(page)).toEqual({
    total: before.summary.total,
    covered: before.summary.covered + (wasMissing ? 1 : 0),
    missing: before.summary.missing - (wasMissing ? 1 : 0),
  });
  await page.getByRole('region', { name: 'Coverage matrix' }).scrollIntoViewIfNeeded();
  await shot(page, 'matrix-glite');

  // The cell opens its team list, by keyboard too; the team links to its page.
  await cell(page).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `${COMPONENT} on ${PLATFORM}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('link', { name: teamName })).toHaveAttribute('href', `/teams/${teamName}`);
  await shot(page, 'cell-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell(page)).toBeFocused();

  // Remove it on the team page: the cell and the summary go back.
  await page.goto(`/teams/${teamName}`);
  page.once('dialog', (question) => question.accept()); // removing a commitment asks first
  await page.getByRole('button', { name: `Remove the commitment to ${COMPONENT} on ${PLATFORM}` }).click();
  await expect(page.getByText('This team has not committed to any component yet.')).toBeVisible();
  await page.goto('/coverage?stack=glite');
  await expect(cell(page)).toHaveAttribute('aria-label', new RegExp(`: ${before.teams} teams?,`));
  expect(await gliteSummary(page)).toEqual(before.summary);
});

test('the coordinator changes the redundancy target and the cells re-colour; a team member cannot', async ({ page, browser }) => {
  await signInAs(page, COORDINATOR, '/coverage?stack=glite');
  await expect(page.getByTestId('coverage-target')).toContainText('Redundancy target: 2');
  const metAtTwo = page.getByRole('button', { name: /: 2 teams, target of 2 met/ }).first();
  const label = (await metAtTwo.getAttribute('aria-label'))!;
  const subject = label.slice(0, label.indexOf(':'));
  const target = page.getByLabel('Redundancy target (teams per component)');
  try {
    await target.fill('3');
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Redundancy target set to 3 teams per component.' })).toBeVisible();
    await expect(page.getByTestId('coverage-target')).toContainText('Redundancy target: 3');
    await expect(page.getByRole('button', { name: `${subject}: 2 teams, below the target of 3. Show the teams.` })).toBeVisible();
    await target.fill('0');
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByText('At least 1 team.')).toBeVisible();
  } finally {
    await target.fill('2');
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByTestId('coverage-target')).toContainText('Redundancy target: 2');
  }

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInAs(member, MEMBER, '/coverage');
  await expect(member.getByTestId('coverage-target')).toContainText('Redundancy target: 2');
  await expect(member.getByLabel('Redundancy target (teams per component)')).toHaveCount(0);
  await memberContext.close();
});

test('the gap list ranks the gaps and names teams to ask; CSV and JSON exports answer', async ({ page }) => {
  await signInAs(page, COORDINATOR, '/coverage/gaps');
  await expect(page.getByRole('heading', { name: 'Coverage gaps', level: 1 })).toBeVisible();
  const gaps = page.getByRole('list', { name: 'Components below the redundancy target, most urgent first' });
  await expect(gaps.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gap list' })).toHaveAttribute('aria-current', 'page');
  await shot(page, 'gaps');

  await page.getByLabel('Stack', { exact: true }).selectOption({ label: 'gLite' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\/coverage\/gaps\?stack=glite/);
  const ftm = page.locator(`li[id^="gap-"]`).filter({ has: page.getByRole('heading', { name: new RegExp(`^\\d+\\.\\s*${COMPONENT}\\b`) }) });
  await expect(ftm).toBeVisible();
  // The cards reach the browser once: their text in the HTML, their data (not their element tree) in the RSC payload.
  const html = await (await page.request.get('/coverage/gaps')).text();
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
  expect(html).toContain('E-mail these teams');
  expect(payload.length).toBeGreaterThan(0);
  expect(payload).not.toContain('E-mail these teams');

  const csv = await page.request.get('/api/v1/coverage/gaps?stack=glite&format=csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const csvText = await csv.text();
  expect(csvText).toContain('Rank,Urgency,Stack,Component');
  expect(csvText).toContain(`,gLite,${COMPONENT},`);
  const matrix = await page.request.get('/api/v1/coverage?stack=glite&format=csv');
  expect(await matrix.text()).toContain(`EMI,gLite,${COMPONENT},OPERATIONS,no,${PLATFORM},yes,`);
  const summary = await (await page.request.get('/api/v1/coverage/summary')).json();
  const glite = summary.stacks.find((s: { stack: string }) => s.stack === 'glite');
  expect(glite.total).toBe(glite.covered + glite.missing);
  expect(glite.text).toMatch(/gLite products: \d+ covered, \d+ missing Early Adopter teams/);
});

test('the matrix reaches the browser once: each cell label only in its aria-label, the RSC payload carries data', async ({ page }) => {
  await signInAs(page, MEMBER, '/coverage');
  const cellButtons = page.getByRole('region', { name: 'Coverage matrix' }).getByRole('button', { name: /\. Show the teams\.$/ });
  await expect(cellButtons.first()).toBeVisible(); // the matrix streams in after the page shell
  expect(await cellButtons.count()).toBeGreaterThan(0);
  const html = await (await page.request.get('/coverage')).text();
  // One name per cell (no title, no data-title), and not again in the flight payload as an element tree.
  const labels = html.match(/Show the teams\./g) ?? [];
  const attributes = html.match(/ aria-label="[^"]*\. Show the teams\."/g) ?? [];
  expect(attributes.length).toBeGreaterThan(0);
  expect(labels.length).toBe(attributes.length);
  // The cells carry their level as a short class, not a long utility list each.
  expect(html).not.toContain('items-center justify-center gap-1 rounded border px-1.5 py-1');
  // Still a dialog per cell, found by the row and the column.
  await page.getByRole('button', { name: /, all platforms: \d+ teams?,/ }).first().click();
  await expect(page.getByRole('dialog', { name: /, all platforms$/ })).toBeVisible();
});

test('on a phone the page fits and the matrix scrolls inside its box', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, MEMBER, '/coverage');
  const region = page.getByRole('region', { name: 'Coverage matrix' });
  await expect(region).toBeVisible();
  // Nothing outside the matrix's own scrolling box may stick out of the viewport.
  const sticking = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('[role="region"][aria-label="Coverage matrix"]') && el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} ${Math.round(el.getBoundingClientRect().right)}px`),
  );
  expect(sticking).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(page.getByRole('img', { name: /Coverage of products per stack/ })).toBeVisible();
  await shot(page, 'phone');
  await region.scrollIntoViewIfNeeded();
  await shot(page, 'phone-matrix');
});
