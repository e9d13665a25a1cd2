// What a coordinator, a manager and an EA member tripped over in the browser (issue #21), each shown
// fixed: table filters keep what is being typed (1), withdrawing asks for a reason and a confirmation
// and tells the manager (3), the timeline folds mails under their steps (8), the team proposal groups
// the component's other platforms (10), the lists fit a phone and 1,280 px (11), and the small things
// (12: favicon, counts in words, removing a commitment).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { memberOf, newRollout, pageAs } from './support/rollout-steps';
import { signInAs } from './support/sign-in';
import { messageRows } from './support/outbox';

test.setTimeout(180_000);
const SLOW = { timeout: 30_000 };

/** Set ROLLOUT_SCREENSHOTS=<dir> to keep the rollout page's screenshot (docs/screenshots/ has the committed ones). */
async function shot(page: Page, name: string) {
  const dir = process.env.ROLLOUT_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** The coordinator gives the rollout to the gLite manager; the manager's page on it, with the invite form. */
async function openForManager(browser: Browser, rollout: number): Promise<Page> {
  const coordinator = await pageAs(browser, 'coordinator@demo.local', `/rollouts/${rollout}`);
  const managers = coordinator.getByLabel('Manager of gLite');
  await managers.selectOption((await managers.locator('option', { hasText: 'manager-glite@demo.local' }).getAttribute('value'))!);
  await coordinator.getByRole('button', { name: 'Assign and open' }).click();
  await expect(coordinator.getByRole('form', { name: 'Invite Early Adopter teams' })).toBeVisible(SLOW);
  await coordinator.context().close();
  return pageAs(browser, 'manager-glite@demo.local', `/rollouts/${rollout}`);
}

test('team proposal, withdrawal and the timeline: other platforms grouped, a withdrawal confirmed and told, mails folded', async ({ browser }) => {
  const { rollout } = await newRollout(browser, '1.9.7-1', 'SL6 x86_64');
  const manager = await openForManager(browser, rollout);

  // 10: exact matches, then CREAM on another platform (SL5), then the stack's other teams, in that order.
  const invite = manager.getByRole('form', { name: 'Invite Early Adopter teams' });
  const teamsBox = invite.getByRole('group', { name: 'Teams to invite' });
  const text = (await teamsBox.textContent()) ?? '';
  const exact = text.indexOf('Committed to this component and platform');
  const otherPlatform = text.indexOf('Committed to this component on another platform');
  const stack = text.indexOf('Committed to other components of the stack');
  expect(exact).toBeGreaterThanOrEqual(0);
  expect(otherPlatform).toBeGreaterThan(exact);
  expect(stack).toBeGreaterThan(otherPlatform);
  expect(text.slice(otherPlatform, stack)).toContain('CREAM SL5/x86_64');
  expect(text.slice(otherPlatform, stack)).not.toContain('CREAM SL6/x86_64');
  await manager.setViewportSize({ width: 390, height: 900 });
  await expect(teamsBox.getByText('Committed to this component on another platform')).toBeVisible();
  await manager.setViewportSize({ width: 1280, height: 900 });

  // The exact matches are ticked by default; invite them.
  const invited = await invite.locator('label:has(input[name="teamIds"]:checked) span.font-medium').allTextContents();
  expect(invited.length).toBeGreaterThan(0);
  await invite.getByRole('button', { name: 'Invite selected teams' }).click();
  const team = invited[0]!;
  await expect(manager.locator(`tr[data-team="${team}"]`)).toContainText('Invited', SLOW);

  // 3: the member accepts, then withdraws: nothing happens without a reason and the confirmation.
  const member = await pageAs(browser, memberOf(team), `/rollouts/${rollout}`);
  await member.getByRole('button', { name: `Accept for ${team}` }).click();
  const row = member.locator(`tr[data-team="${team}"]`);
  await expect(row).toContainText('Accepted', SLOW);
  const withdraw = member.getByRole('form', { name: `Withdraw ${team}` });
  await withdraw.getByText('Withdraw from this test…').click();
  await withdraw.getByRole('button', { name: `Withdraw ${team}` }).click();
  await expect(withdraw.getByLabel('Reason')).toHaveJSProperty('validity.valid', false);
  await withdraw.getByLabel('Reason').fill('Our CREAM CE is down for a disk replacement until next week.');
  await withdraw.getByRole('button', { name: `Withdraw ${team}` }).click();
  await expect(withdraw.getByLabel(`Yes, withdraw ${team} from this test`)).toHaveJSProperty('validity.valid', false);
  await expect(row).toContainText('Accepted');
  await withdraw.getByLabel(`Yes, withdraw ${team} from this test`).check();
  await withdraw.getByRole('button', { name: `Withdraw ${team}` }).click();
  await expect(row).toContainText('Withdrawn', SLOW);
  await member.context().close();

  // ...and the manager is told, with the reason (6: the counts describe the filtered list).
  await manager.goto(`/outbox?rollout=${rollout}&q=${encodeURIComponent('withdrew')}`);
  const told = messageRows(manager).filter({ hasText: `${team} withdrew from the staged rollout` });
  await expect(told).toHaveCount(1);
  await expect(manager.getByText(/^1 message · queued \d · sent \d · failed \d$/)).toHaveText(/queued (1 · sent 0|0 · sent 1) · failed 0/);

  // 8: the timeline lists steps; each step's mails are folded under it.
  await manager.goto(`/rollouts/${rollout}`);
  const timeline = manager.getByRole('list', { name: 'Timeline' });
  const invitedStep = timeline.getByRole('listitem').filter({ hasText: /^.*Invited / }).first();
  await expect(invitedStep.getByText(/^\d+ mails? sent$/)).toBeVisible();
  const subject = invitedStep.getByText(/Invitation: Staged Rollout/).first();
  await expect(subject).toBeHidden();
  await invitedStep.getByText(/^\d+ mails? sent$/).click();
  await expect(subject).toBeVisible();
  const withdrawn = timeline.getByRole('listitem').filter({ hasText: `${team} withdrew` });
  await expect(withdrawn).toContainText('Our CREAM CE is down');
  await expect(withdrawn.getByText('1 mail sent')).toBeVisible();
  // No mail stands on its own line: every mail is folded inside a step (or a batch of unexplained mails).
  const mails = await timeline.locator(':scope > li details li').count();
  expect(mails).toBeGreaterThan(invited.length);
  expect(await timeline.locator(':scope > li > p').filter({ hasText: /^mail / }).count()).toBe(0);
  await shot(manager, 'rollout-page-after');
});

test('1: choosing an NGI while typing a component keeps the typing, and both filters apply together', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/teams');
  const toolbar = page.getByRole('search', { name: 'Filter the table' });
  const component = toolbar.getByLabel('Component');
  await toolbar.getByLabel('NGI').selectOption({ index: 1 });
  const ngi = await toolbar.getByLabel('NGI').inputValue();
  // Typed at human speed while the NGI view loads.
  await component.pressSequentially('CREAM', { delay: 120 });
  await expect(page).toHaveURL(new RegExp(`[?&]ngi=${ngi}`));
  await expect(component).toHaveValue('CREAM');
  await expect(toolbar.getByLabel('NGI')).toHaveValue(ngi);
  await component.press('Enter');
  await expect(page).toHaveURL(/[?&]component=CREAM/);
  await expect(page).toHaveURL(new RegExp(`[?&]ngi=${ngi}`));
  await expect(component).toHaveValue('CREAM');
});

for (const width of [390, 1280]) {
  test(`11: teams, rollouts, releases, messages and the audit trail are usable at ${width} px without scrolling sideways`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, 'admin@demo.local', '/teams');
    for (const path of ['/teams', '/rollouts', '/releases', '/outbox', '/admin/audit']) {
      await page.goto(path);
      const table = page.getByRole('table');
      const cards = page.locator('main ul[aria-label]:has(dl)');
      if (width < 768) {
        await expect(cards.locator('li').first()).toBeVisible();
        await expect(table).toBeHidden();
        // Every visible column is in the card, with its label (the teams' "Formed" was cut off before).
        if (path === '/teams') await expect(cards.locator('li').first().locator('dt')).toContainText(['NGI', 'Site', 'Team', 'Members', 'Formed']);
        if (path === '/admin/audit') await expect(cards.locator('li').first().locator(':scope > dl > div > dt')).toHaveText(['When', 'Who', 'Action', 'Entity', 'Change']);
      } else {
        await expect(table.getByRole('row').nth(1)).toBeVisible();
        await expect(cards).toBeHidden();
        const overflow = await table.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth);
        expect(overflow, `${path}: the table is wider than its box`).toBeLessThanOrEqual(0);
      }
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(pageOverflow, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    }
    if (width >= 1280) {
      // The admin's navigation is one line, the admin pages one menu away.
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect((await nav.boundingBox())!.height).toBeLessThan(36);
      await nav.getByText('Admin', { exact: true }).click();
      await nav.getByRole('link', { name: 'Audit' }).click();
      await expect(page).toHaveURL(/\/admin\/audit$/);
    }
    await context.close();
  });
}

test('12: favicon, counts in words, and removing a commitment asks first and clears the old message', async ({ page }) => {
  const favicon = await page.request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);

  await signInAs(page, 'admin@demo.local', '/teams/new');
  const site = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const teamName = `ea-PT-${site}`;
  await page.getByLabel('NGI code').fill('PT');
  await page.getByLabel('Site', { exact: true }).fill(site);
  await page.getByLabel('Site time zone').fill('Europe/Lisbon');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamName}\\?created=1$`), SLOW);

  // 4: a member who signed in (here through the demo sign-in) is not "not signed in yet".
  const addByEmail = page.getByRole('form', { name: 'Add a member by e-mail' });
  await addByEmail.getByLabel('Add by e-mail').fill('admin@demo.local');
  await addByEmail.getByRole('button', { name: 'Add member' }).click();
  const members = page.locator('#members').locator('xpath=ancestor::section[1]');
  const admin = members.getByRole('listitem').filter({ hasText: 'admin@demo.local' });
  await expect(admin).toBeVisible(SLOW);
  await expect(admin).not.toContainText('has not signed in yet');

  const addForm = page.getByRole('form', { name: 'Add a commitment' });
  await addForm.getByLabel('Component').selectOption({ label: 'Hydra' });
  await addForm.getByLabel('OS and architecture').selectOption({ label: 'SL6 x86_64' });
  await addForm.getByRole('button', { name: 'Add commitment' }).click();
  const added = page.getByRole('status').filter({ hasText: `${teamName} now commits to Hydra on SL6 x86_64` });
  await expect(added).toBeVisible(SLOW);
  const remove = page.getByRole('button', { name: 'Remove the commitment to Hydra on SL6 x86_64' });

  // Cancelling the question removes nothing.
  page.once('dialog', (dialog) => dialog.dismiss());
  await remove.click();
  await expect(remove).toBeVisible();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(`Remove ${teamName}’s commitment to Hydra on SL6 x86_64?`);
    return dialog.accept();
  });
  await remove.click();
  await expect(remove).toHaveCount(0, SLOW);
  await expect(added).toHaveCount(0);

  // "1 team", not "1–1 of 1 teams".
  await page.goto(`/teams?q=${encodeURIComponent(teamName)}`);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1 team');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).not.toContainText('1–1 of 1');
});
