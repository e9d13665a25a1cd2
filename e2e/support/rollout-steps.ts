// Steps of the staged rollout shared by the e2e specs: signing in a context, the demo team members,
// a fresh rollout (a provider's release verified into staged rollout through the release pages), and
// the manager's and the teams' steps on it (assign, invite, accept, install, report).
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

/** Set ROLLOUT_SCREENSHOTS=<dir> to keep screenshots for a visual check. */
export async function shot(page: Page, name: string, fullPage = true) {
  const dir = process.env.ROLLOUT_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

export const row = (page: Page, team: string) => page.locator(`tr[data-team="${team}"]`);
/** The rollout page's "Ready to accept?" panel. */
export const readinessPanel = (page: Page) => page.getByRole('region', { name: /^Ready to accept\?/ });

/**
 * The coordinator assigns the gLite manager; returns the manager's page on the rollout. A rollout that
 * superseded an open one of the same component and platform (an earlier test's) opens with that one's
 * manager already: then there is nothing to assign.
 */
export async function assignGliteManager(browser: Browser, rollout: number): Promise<Page> {
  const coordinator = await pageAs(browser, 'coordinator@demo.local', `/rollouts/${rollout}`);
  await expect(readinessPanel(coordinator)).toContainText(/No manager yet|A manager runs the rollout/);
  if ((await readinessPanel(coordinator).getByText('No manager yet').count()) === 0) {
    await coordinator.context().close();
    return pageAs(browser, 'manager-glite@demo.local', `/rollouts/${rollout}`);
  }
  const select = coordinator.getByLabel('Manager of gLite');
  const value = await select.locator('option', { hasText: 'manager-glite@demo.local' }).getAttribute('value');
  await select.selectOption(value!);
  await coordinator.getByRole('button', { name: 'Assign and open' }).click();
  await expect(readinessPanel(coordinator)).toContainText('No Early Adopter team invited yet', SLOW);
  await coordinator.context().close();
  return pageAs(browser, 'manager-glite@demo.local', `/rollouts/${rollout}`);
}

/** The manager invites `count` proposed teams (component tier first); returns their names. */
export async function inviteTeams(manager: Page, count: number, skip = 0): Promise<string[]> {
  const form = manager.getByRole('form', { name: 'Invite Early Adopter teams' });
  await expect(form.getByLabel('Notification to the teams (editable)')).toHaveValue(/What to install: CREAM/);
  const boxes = form.getByRole('checkbox');
  const names = await form.locator('label:has(input[name="teamIds"]) span.font-medium').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(count + skip);
  for (const box of await boxes.all()) await box.uncheck();
  const chosen = names.slice(skip, skip + count);
  for (let i = skip; i < skip + count; i++) await boxes.nth(i).check();
  await form.getByRole('button', { name: 'Invite selected teams' }).click();
  for (const team of chosen) await expect(row(manager, team)).toContainText('Invited', SLOW);
  return chosen;
}

export async function uploadReport(page: Page, team: string, recommendation: 'ACCEPT' | 'REJECT', opts: { wrongNameFirst?: boolean } = {}) {
  const form = page.getByRole('form', { name: `Report of ${team}` });
  const expected = (await form.getByTestId('expected-report-name').textContent())!.trim().replace(/\.odt$/, '.txt');
  const file = form.getByLabel('Report file');
  const content = Buffer.from(`Staged rollout report of ${team}\nJobs ran fine for two days.\n`);
  if (opts.wrongNameFirst) {
    await file.setInputFiles({ name: 'my-report.txt', mimeType: 'text/plain', buffer: content });
    await expect(form.getByRole('alert')).toContainText(`it must be ${expected}`);
    await form.getByRole('button', { name: `Upload it as ${expected}` }).click();
  } else {
    await file.setInputFiles({ name: expected, mimeType: 'text/plain', buffer: content });
  }
  await form.getByRole('radio', { name: 'Yes' }).check();
  await form.getByLabel('Tests performed').fill('Submitted 200 test jobs via the WMS and directly; proxy renewal checked.');
  await form.getByLabel('Jobs per day').fill('1500');
  await form.getByLabel('VOs configured').fill('atlas, biomed');
  await form.getByRole('radio', { name: recommendation }).check();
  await form.getByRole('button', { name: 'Upload report' }).click();
  await expect(row(page, team)).toContainText(expected, SLOW);
  return expected;
}

/** A team member accepts in the app, starts the exposure and uploads a report. */
export async function teamTests(browser: Browser, rollout: number, team: string, recommendation: 'ACCEPT' | 'REJECT', wrongNameFirst = false) {
  const member = await pageAs(browser, memberOf(team), `/rollouts/${rollout}`);
  await member.getByRole('button', { name: `Accept for ${team}` }).click();
  await expect(row(member, team)).toContainText('Accepted', SLOW);
  await member.getByRole('button', { name: 'Installed: start the exposure period' }).click();
  await expect(member.getByRole('timer').first()).toContainText(/left/, SLOW);
  const name = await uploadReport(member, team, recommendation, { wrongNameFirst });
  await shot(member, `team-${recommendation.toLowerCase()}`);
  await member.context().close();
  return name;
}

/** A team member (or the manager) on the rollout page logs a finding discussed on the ticket. */
export async function logFinding(page: Page, severity: 'BLOCKER' | 'MAJOR' | 'MINOR' | 'INFO', title: string) {
  await page.getByText('Log a finding').click();
  const finding = page.getByRole('form', { name: 'Log a finding' });
  await finding.getByLabel('Severity').selectOption(severity);
  await finding.getByRole('radio', { name: 'Discussed here' }).check();
  await finding.getByLabel('Title').fill(title);
  await finding.getByRole('button', { name: 'Log finding' }).click();
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText(title, SLOW);
}
