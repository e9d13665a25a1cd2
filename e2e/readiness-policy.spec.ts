// The coordinator edits the readiness policy of a release type in the browser: a refused range keeps
// what was typed with the reason next to the field; a valid change is saved as the next version, and
// the version list shows it with its reason. Other roles do not get the page. Auto-accept per stack,
// and the auto-accept firing after its notice period on the readiness test clock (never a sleep).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { assignGliteManager, inviteTeams, logFinding, memberOf, newRollout, pageAs, readinessPanel, teamTests } from './support/rollout-steps';
import { signInAs } from './support/sign-in';
import { messageRows } from './support/outbox';

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

const DAY = 86_400_000;
/** A UTC time `days` from now, as the test clock's form takes it. */
const inDays = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 16)}Z`;

async function switchGliteAutoAccept(coordinator: Page, next: 'on' | 'off') {
  await coordinator.goto('/admin/readiness');
  const form = coordinator.getByRole('form', { name: 'Auto-accept for gLite' });
  await form.getByLabel(`Reason to switch it ${next}`).fill(next === 'on' ? 'CREAM teams report promptly: try autopush on gLite.' : 'Trial over: back to manual acceptance.');
  await form.getByRole('button', { name: `Switch auto-accept ${next}` }).click();
  await expect(form).toContainText(`auto-accept is ${next}`, SLOW);
}

/** The admin runs rollout #`rollout`'s readiness round as of `at` on the test clock; returns its report. */
async function roundAt(admin: Page, rollout: number, at: string): Promise<string> {
  if (!admin.url().endsWith('/outbox')) await admin.goto('/outbox');
  const form = admin.getByRole('form', { name: 'Readiness round at a test time' });
  await form.getByLabel('Rollout number').fill(String(rollout));
  await form.getByLabel('As of (UTC)').fill(at);
  await form.getByRole('button', { name: 'Run the readiness round' }).click();
  const status = form.getByRole('status').filter({ hasText: `Readiness round for #${rollout} as of ${new Date(at).toISOString()}` });
  await expect(status).toBeVisible(SLOW);
  return (await status.textContent()) ?? '';
}

/** Mails of `kind` about rollout #`rollout` in `page`'s user's outbox. */
async function mailsOf(page: Page, kind: string, rollout: number) {
  await page.goto(`/outbox?kind=${kind}&rollout=${rollout}`);
  return messageRows(page);
}

/** A fresh emergency CREAM rollout made ready as users would: assigned, one team accepts, installs and reports ACCEPT. */
async function readyRollout(browser: Browser, version: string, platform: string) {
  const { rollout } = await newRollout(browser, version, platform);
  const manager = await assignGliteManager(browser, rollout);
  const [team] = await inviteTeams(manager, 1);
  await teamTests(browser, rollout, team!, 'ACCEPT');
  return { rollout, team: team!, manager };
}

/** UTC `hours` after a test-clock time. */
const later = (at: string, hours: number) => `${new Date(Date.parse(at) + hours * 3_600_000).toISOString().slice(0, 16)}Z`;

test('auto-accept on the test clock: a notice once ready, a new finding cancels it, and a clean notice period ends in ACCEPT', async ({ browser }) => {
  test.setTimeout(180_000);
  const coordinator = await pageAs(browser, 'coordinator@demo.local', '/admin/readiness');
  const admin = await pageAs(browser, 'admin@demo.local', '/outbox');
  await switchGliteAutoAccept(coordinator, 'on');
  try {
    const { rollout, team, manager } = await readyRollout(browser, '1.9.8-1', 'SL6 x86_64');
    const panel = readinessPanel(manager).getByTestId('auto-accept');
    const timeline = manager.getByRole('list', { name: 'Timeline' });
    // At the real time the exposure (2 days) still runs: no notice. Three days on, every rule holds.
    expect(await roundAt(admin, rollout, inDays(0))).toContain('0 notice(s) started');
    const firstNotice = inDays(3);
    expect(await roundAt(admin, rollout, firstNotice)).toContain('1 notice(s) started');
    await manager.goto(`/rollouts/${rollout}`);
    await expect(panel).toContainText('unless something changes it will be accepted automatically on');
    await expect(readinessPanel(manager)).toContainText(/Emergency policy v\d+: exposure 1–2 days \(default 2\)/); // the values that apply
    await expect(timeline).toContainText('Auto-accept notice: every readiness rule holds');
    await expect(await mailsOf(manager, 'rollout.autoAcceptNotice', rollout)).toHaveCount(1);
    const member = await pageAs(browser, memberOf(team), '/outbox');
    await expect(await mailsOf(member, 'rollout.autoAcceptNotice', rollout)).toHaveCount(1);

    // The team logs a (minor) finding during the notice: the next round cancels the notice, and tells everyone.
    await member.goto(`/rollouts/${rollout}`);
    await logFinding(member, 'MINOR', 'Log rotation leaves an empty file behind');
    expect(await roundAt(admin, rollout, later(firstNotice, 1))).toContain('1 cancelled, 0 accepted');
    await manager.goto(`/rollouts/${rollout}`);
    await expect(panel).toContainText('Auto-accept is on for this stack');
    await expect(timeline).toContainText('Auto-accept notice cancelled');
    await expect(await mailsOf(manager, 'rollout.autoAcceptCancel', rollout)).toHaveCount(1);
    await expect(await mailsOf(member, 'rollout.autoAcceptCancel', rollout)).toContainText(['a finding was logged during the notice period']);
    await member.context().close();

    // A minor finding does not hold the rollout: a new notice starts; an hour into it nothing happens; a week later it is accepted.
    const secondNotice = later(firstNotice, 2);
    expect(await roundAt(admin, rollout, secondNotice)).toContain('1 notice(s) started');
    expect(await roundAt(admin, rollout, later(secondNotice, 1))).toContain('0 notice(s) started, 0 cancelled, 0 accepted');
    expect(await roundAt(admin, rollout, later(secondNotice, 7 * 24))).toContain('0 cancelled, 1 accepted');
    await manager.goto(`/rollouts/${rollout}`);
    await expect(manager.locator('main h1 + p')).toContainText('Resolved');
    await expect(manager.locator('main h1 + p')).toContainText('ACCEPT');
    const document = manager.getByRole('region', { name: 'Reports and document' });
    await expect(document).toContainText(`Accepted automatically: every readiness rule held without interruption from ${new Date(secondNotice).toISOString()}`);
    await expect(document).toContainText(team);
    await expect(timeline).toContainText('Resolved: outcome ACCEPT');
    await expect(readinessPanel(manager)).toContainText(/Emergency policy v\d+: exposure 1–2 days/); // the values that applied
  } finally {
    // Off again: other specs share this database.
    await switchGliteAutoAccept(coordinator, 'off');
  }
});
