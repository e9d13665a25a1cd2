// Hostile markup through the UI: a provider's release notes and install notes, a coordinator's comment
// and finding on a rollout carry <script>, <img onerror> and javascript: links. No script runs (no
// dialog ever opens), the text is shown literally, every link on the pages is http(s) or relative,
// and a javascript: address is refused next to its field.
import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(120_000);

const tag = randomBytes(3).toString('hex');
const SCRIPT = `<script>alert('xss-${tag}')</script>`;
const IMG = `<img src=x onerror="alert('img-${tag}')">`;
const MD_LINK = `[click me](javascript:alert('md-${tag}'))`;
const PAYLOAD = `${SCRIPT} ${IMG} ${MD_LINK}`;

/** Fails the test if any dialog opens, and records it. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

async function expectOnlySafeLinks(page: Page) {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const unsafe = hrefs.filter((href) => !/^(https?:\/\/|\/|#|\?|mailto:)/i.test(href) || /^\s*javascript:/i.test(href));
  expect(unsafe).toEqual([]);
  // No element carries an inline event handler from our payload, and no script holds its text.
  expect(await page.locator(`img[onerror]`).count()).toBe(0);
  expect(await page.locator('script').evaluateAll((scripts, t) => scripts.filter((s) => s.textContent?.includes(`xss-${t}`) && !s.textContent.includes('self.__next')).length, tag)).toBe(0);
}

test('release notes with markup are shown as text; a javascript: documentation address is refused', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signInAs(page, 'provider@demo.local', '/releases/new');
  await page.getByLabel('Middleware stack').selectOption({ label: 'gLite' });
  await page.getByLabel('Product (component)').selectOption({ label: 'CREAM' });
  await page.getByLabel('UMD major release').fill(`XSS-${tag}`);
  await page.getByLabel('Version', { exact: true }).fill('6.6.6-1');
  await page.getByLabel('Release type').selectOption('EMERGENCY'); // no cadence rule for emergencies
  await page.getByLabel('Release notes').fill(`Notes ${PAYLOAD}`);
  await page.getByLabel('Documentation address').fill(`javascript:alert('doc-${tag}')`);
  await page.getByLabel('Installation and configuration notes').fill(`Install ${IMG}`);
  await page.getByLabel('Packages for SL5 x86_64').fill('glite-CREAM-6.6.6-1.rpm');
  await page.getByRole('button', { name: 'Submit release' }).click();
  await expect(page.getByText('Enter a full http(s):// address.')).toBeVisible();

  await page.getByLabel('Documentation address').fill('https://wiki.example.org/CREAM');
  await page.getByRole('button', { name: 'Submit release' }).click();
  await expect(page).toHaveURL(/\/releases\/\d+\?submitted=1$/);
  await expect(page.getByText(`Notes ${PAYLOAD}`)).toBeVisible();
  await expect(page.getByText(`Install ${IMG}`)).toBeVisible();
  await page.reload();
  await page.waitForTimeout(500);
  await expectOnlySafeLinks(page);
  expect(dialogs).toEqual([]);
});

test('a comment and a finding with markup on a rollout are shown as text; a javascript: helpdesk link is refused', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signInAs(page, 'coordinator@demo.local', '/rollouts?status=OPEN');
  const first = page.locator('a[href^="/rollouts/"]').filter({ hasText: /Staged Rollout/, visible: true }).first();
  await first.click();
  await expect(page).toHaveURL(/\/rollouts\/\d+$/);

  const comment = page.getByRole('form', { name: 'Comment' });
  await comment.getByLabel('Comment').fill(`Comment ${PAYLOAD}`);
  await comment.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByText(`Comment ${PAYLOAD}`)).toBeVisible();

  await page.getByText('Log a finding', { exact: true }).click(); // opens the <details>
  const finding = page.getByRole('form', { name: 'Log a finding' });
  await finding.getByLabel('Title').fill(`Finding ${SCRIPT}`);
  await finding.getByLabel('GGUS ticket number or link').fill(`javascript:alert('ggus-${tag}')`);
  await finding.getByLabel('Details').fill(`Details ${IMG}`);
  await finding.getByRole('button', { name: 'Log finding' }).click();
  await expect(finding.getByText('Only http:// and https:// links are allowed.').first()).toBeVisible();
  await finding.getByLabel('Discussed here').check();
  await finding.getByRole('button', { name: 'Log finding' }).click();
  await expect(page.getByText(`Finding ${SCRIPT}`).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText(`Comment ${PAYLOAD}`)).toBeVisible();
  await expect(page.getByText(`Details ${IMG}`).first()).toBeVisible();
  await page.waitForTimeout(500);
  await expectOnlySafeLinks(page);
  expect(dialogs).toEqual([]);
});
