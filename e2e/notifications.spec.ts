// Notifications in the browser, on the demo data (which has one invitation left unanswered for three
// working days): the late reply shows as overdue on the coordinator's dashboard, the app's worker
// queues one reminder to the team and one escalation to the manager, and the outbox shows them with
// the note that no SMTP server is configured (nothing is lost).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';
import { messageRows } from './support/outbox';

test.setTimeout(120_000);

async function pageAs(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, path);
  return page;
}

test('a late reply is flagged as overdue and its reminder and escalation appear in the outbox, once', async ({ browser }) => {
  const coordinator = await pageAs(browser, 'coordinator@demo.local', '/');
  const overdue = coordinator.getByRole('list', { name: 'Overdue' });
  await expect(overdue).toBeVisible();
  const lateReply = overdue.locator('li[data-overdue="reply"]').filter({ hasText: 'BDII_top' }).first();
  await expect(lateReply).toContainText('Reply overdue');
  const teamName = (await lateReply.getByRole('link').first().innerText()).trim();
  expect(teamName).toMatch(/^ea-/);

  const admin = await pageAs(browser, 'admin@demo.local', '/outbox');
  await expect(admin.getByText('No e-mail is sent: no SMTP server configured')).toBeVisible();
  // The worker scans deadlines by itself within a minute of start; run it now rather than wait.
  await admin.getByRole('button', { name: 'Run checks now' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Checked:' })).toBeVisible();

  await admin.goto(`/outbox?kind=reply.reminder&q=${encodeURIComponent(teamName)}`);
  const reminders = messageRows(admin);
  await expect(reminders).toHaveCount(1);
  await expect(reminders.first()).toContainText(`${teamName}, please reply`);
  await expect(reminders.first()).toContainText('queued');
  await reminders.first().locator('summary').click();
  await expect(reminders.first().locator('pre')).toContainText(`accept ${teamName.replace(/^ea-/, '')}`);

  await admin.goto(`/outbox?kind=reply.escalation&q=${encodeURIComponent(teamName)}`);
  await expect(messageRows(admin)).toHaveCount(1);
  // The data table's toolbar gives the same view as that URL: a select applies at once, with the text typed beside it.
  await admin.goto('/outbox');
  const filters = admin.getByRole('search', { name: 'Filter the table' });
  await filters.getByLabel('Search').fill(teamName);
  await filters.getByLabel('Kind').selectOption('reply.escalation');
  await expect(admin).toHaveURL(`/outbox?${new URLSearchParams({ kind: 'reply.escalation', q: teamName })}`);
  await expect(messageRows(admin)).toHaveCount(1);

  // Running the checks again never repeats a reminder for the same deadline.
  await admin.goto('/outbox');
  await admin.getByRole('button', { name: 'Run checks now' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Checked:' })).toContainText('0 reminder(s), 0 escalation(s)');
  await admin.goto(`/outbox?kind=reply.reminder&q=${encodeURIComponent(teamName)}`);
  await expect(messageRows(admin)).toHaveCount(1);

  // The team's calendar feed has the reply deadline.
  const calendar = await admin.request.get(`/feeds/teams/${encodeURIComponent(teamName)}.ics`);
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  expect(await calendar.text()).toMatch(/SUMMARY:Reply due: Staged Rollout [^\r\n]*BDII_top/);
});

test('a team member sees the reminder addressed to their team, and not the escalation', async ({ browser }) => {
  const coordinator = await pageAs(browser, 'coordinator@demo.local', '/');
  const lateReply = coordinator.getByRole('list', { name: 'Overdue' }).locator('li[data-overdue="reply"]').filter({ hasText: 'BDII_top' }).first();
  const teamName = (await lateReply.getByRole('link').first().innerText()).trim();
  const admin = await pageAs(browser, 'admin@demo.local', '/outbox');
  await admin.getByRole('button', { name: 'Run checks now' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Checked:' })).toBeVisible();

  const member = await pageAs(browser, `member@${teamName.toLowerCase()}.demo.local`, '/outbox');
  await expect(member.getByText(/E-mails the app queued for you/)).toBeVisible();
  await expect(member.getByRole('button', { name: 'Run checks now' })).toHaveCount(0);
  // The reminder went to the team's contacts: its members read it here too.
  await member.goto('/outbox?kind=reply.reminder');
  const reminders = messageRows(member);
  await expect(reminders.filter({ hasText: `${teamName}, please reply` })).toHaveCount(1);
  // The escalation went to the manager, not to the team.
  await member.goto(`/outbox?kind=reply.escalation&q=${encodeURIComponent(teamName)}`);
  await expect(member.getByRole('table', { name: 'Messages' }).getByText('No messages')).toBeVisible();
});

test('the team page flags the late reply; following a rollout brings its comments to the follower', async ({ browser }) => {
  const coordinator = await pageAs(browser, 'coordinator@demo.local', '/');
  const lateReply = coordinator.getByRole('list', { name: 'Overdue' }).locator('li[data-overdue="reply"]').filter({ hasText: 'BDII_top' }).first();
  const teamName = (await lateReply.getByRole('link').first().innerText()).trim();
  const rolloutPath = (await lateReply.getByRole('link').nth(1).getAttribute('href'))!;

  // The team page shows the same overdue reply and links the team's deadline calendar.
  await coordinator.goto(`/teams/${encodeURIComponent(teamName)}`);
  const teamOverdue = coordinator.getByRole('region', { name: 'Overdue' });
  await expect(teamOverdue.locator('li[data-overdue="reply"]').filter({ hasText: 'BDII_top' })).toHaveCount(1);
  await expect(teamOverdue.getByRole('link', { name: `${teamName} deadlines (iCalendar)` })).toHaveAttribute('href', `/feeds/teams/${encodeURIComponent(teamName)}.ics`);

  // The stack's manager follows the rollout from its page.
  const manager = await pageAs(browser, 'manager-glite@demo.local', rolloutPath);
  const number = rolloutPath.split('/').pop()!;
  await manager.getByRole('button', { name: `Follow rollout #${number}` }).click();
  await expect(manager.getByText('Following (immediate mail)', { exact: true })).toBeVisible();

  // The coordinator comments on the ticket; the worker's fan-out turns it into a mail for the follower.
  const words = `Checked the BDII logs ${Date.now()}`;
  await coordinator.goto(rolloutPath);
  await coordinator.getByRole('textbox', { name: 'Comment', exact: true }).fill(words);
  await coordinator.getByRole('button', { name: 'Add comment' }).click();
  await expect(coordinator.getByText(words).first()).toBeVisible();

  const admin = await pageAs(browser, 'admin@demo.local', '/outbox');
  await expect(async () => {
    // Events are fanned out once they are 10 s old (a late-committing transaction is never skipped).
    await admin.goto('/outbox');
    await admin.getByRole('button', { name: 'Run checks now' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Checked:' })).toBeVisible();
    await manager.goto('/outbox?kind=subscription.event');
    await expect(messageRows(manager).filter({ hasText: `#${number}` }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  const mail = messageRows(manager).filter({ hasText: `#${number}` }).first();
  await mail.locator('summary').click();
  await expect(mail.locator('pre')).toContainText(`> ${words}`);
  await expect(mail.locator('pre')).toContainText('/unsubscribe/');

  // Unfollow again from the same button.
  await manager.goto(rolloutPath);
  await manager.getByRole('button', { name: `Stop following rollout #${number}` }).click();
  await expect(manager.getByRole('button', { name: `Follow rollout #${number}` })).toBeVisible();
});
