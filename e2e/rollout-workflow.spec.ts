// The staged rollout in the browser, every step by the role that does it (document section 2.3):
// a provider's release is verified into staged rollout (the release pages), the coordinator assigns a
// manager, the manager selects teams, teams answer (buttons or e-mail), install, upload their reports,
// and the manager resolves; plus the REJECT path and the call for volunteers. ACCEPT obeys readiness:
// a premature ACCEPT is refused with the checklist and the coordinator overrides it with a reason; a
// team's blocker finding holds the rollout.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { assignGliteManager, inviteTeams, logFinding, memberOf, newRollout, pageAs, readinessPanel as blockers, row, shot, teamTests } from './support/rollout-steps';

test.setTimeout(300_000);
const SLOW = { timeout: 30_000 };
const INBOUND_SECRET = process.env.E2E_INBOUND_MAIL_SECRET ?? 'e2e-inbound-mail-secret';

async function resolve(manager: Page, outcome: 'ACCEPT' | 'REJECT', knownIssues = '') {
  const form = manager.getByRole('form', { name: 'Set the outcome and resolve' });
  await form.getByLabel('Summary of the staged rollout').fill('The update ran in production at the Early Adopter sites without regressions.');
  if (knownIssues) await form.getByLabel('Known issues and workarounds').fill(knownIssues);
  await form.getByRole('radio', { name: outcome }).check();
  await form.getByRole('button', { name: 'Resolve the rollout' }).click();
  return form;
}

async function expectResolved(manager: Page, outcome: 'ACCEPT' | 'REJECT') {
  const header = manager.locator('main h1 + p');
  await expect(header).toContainText('Resolved', SLOW);
  await expect(header).toContainText(outcome);
  await expect(header).toContainText(/Document #\d+/);
  await expect(manager.getByRole('region', { name: 'Reports and document' })).toContainText('Staged rollout gLite CREAM');
}

async function releaseState(browser: Browser, release: number): Promise<Locator> {
  const page = await pageAs(browser, 'provider@demo.local', `/releases/${release}`);
  return page.getByRole('region', { name: 'SL5 x86_64', exact: true });
}

test('happy path: assign, two teams accept and report, the manager ACCEPTs and the release goes to production', { tag: '@embedded' }, async ({ browser }) => {
  const { rollout, release } = await newRollout(browser, '1.9.2-1');
  const manager = await assignGliteManager(browser, rollout);
  const teams = await inviteTeams(manager, 2);
  await expect(blockers(manager)).toContainText('Waiting for replies');
  await shot(manager, 'manager-invited');
  await shot(manager, 'manager-invited-top', false);

  await teamTests(browser, rollout, teams[0]!, 'ACCEPT', true);
  await teamTests(browser, rollout, teams[1]!, 'ACCEPT');

  await manager.reload();
  // Both reports are in, but the exposures (2 days for an emergency release) have not run: not ready.
  await expect(blockers(manager)).toContainText('Not ready yet');
  await expect(blockers(manager)).toContainText('Exposure not completed');
  await expect(manager.getByRole('list', { name: 'Team reports' }).getByRole('link')).toHaveCount(2);
  const premature = await resolve(manager, 'ACCEPT', 'Restart tomcat after the update.');
  await expect(premature.getByRole('list', { name: 'Unmet readiness rules' })).toContainText('Exposure not completed');
  await expect(premature).toContainText('Only the Staged Rollout Coordinator can accept before the rollout is ready.');
  await expect(premature.getByRole('alert')).toContainText('This rollout is not ready to accept', SLOW);
  await manager.reload();
  await expect(manager.locator('main h1 + p')).toContainText('Open');

  // The coordinator accepts anyway, with a written reason.
  const coordinator = await pageAs(browser, 'coordinator@demo.local', `/rollouts/${rollout}`);
  const form = coordinator.getByRole('form', { name: 'Set the outcome and resolve' });
  await form.getByLabel('Summary of the staged rollout').fill('The update ran in production at the Early Adopter sites without regressions.');
  await form.getByLabel('Known issues and workarounds').fill('Restart tomcat after the update.');
  await form.getByRole('radio', { name: 'ACCEPT' }).check();
  await form.getByLabel('Accept anyway (coordinator override)').check();
  await form.getByRole('button', { name: 'Resolve the rollout' }).click();
  await expect(form.getByText('Give the reason for accepting before the rollout is ready')).toBeVisible(SLOW);
  await form.getByLabel('Accept anyway (coordinator override)').check();
  await form.getByLabel('Reason for the override').fill('Emergency fix: both sites report clean runs after a day.');
  await form.getByRole('button', { name: 'Resolve the rollout' }).click();
  await expectResolved(coordinator, 'ACCEPT');
  await expect(blockers(coordinator)).toContainText('Accepted with override by');
  await expect(blockers(coordinator)).toContainText('Emergency fix: both sites report clean runs after a day.');
  await coordinator.context().close();
  await manager.reload();
  await expectResolved(manager, 'ACCEPT');
  await expect(manager.getByRole('list', { name: 'Timeline' })).toContainText('Resolved: outcome ACCEPT');
  await shot(manager, 'manager-resolved');
  await manager.setViewportSize({ width: 375, height: 900 });
  await shot(manager, 'manager-resolved-375', false);
  await manager.goto('/rollouts?stack=glite');
  await expect(manager.getByRole('link', { name: `#${rollout}`, exact: true })).toBeVisible();
  await shot(manager, 'rollouts-list-375', false);
  await manager.setViewportSize({ width: 1280, height: 900 });
  await shot(manager, 'rollouts-list', false);

  const sl5 = await releaseState(browser, release);
  await expect(sl5).toContainText('Production');
  await expect(sl5).toContainText('Accepted with override: Emergency fix');
});

test('REJECT path: a negative report and a blocker finding hold the rollout until answered and closed with a reason, the manager REJECTs and the release item is rejected', { tag: '@embedded' }, async ({ browser }) => {
  const { rollout, release } = await newRollout(browser, '1.9.3-1');
  const manager = await assignGliteManager(browser, rollout);
  const [team] = await inviteTeams(manager, 1);
  await teamTests(browser, rollout, team!, 'REJECT');

  // The team logs a blocker finding: the rollout is HELD at once.
  const member = await pageAs(browser, memberOf(team!), `/rollouts/${rollout}`);
  await logFinding(member, 'BLOCKER', 'Jobs lost when the CE restarts');
  await member.context().close();

  await manager.reload();
  await expect(blockers(manager)).toContainText('HELD');
  await expect(blockers(manager)).toContainText(`Recommended REJECT: ${team}`);
  await expect(blockers(manager)).toContainText('Open blocker finding: Jobs lost when the CE restarts');
  const form = await resolve(manager, 'ACCEPT');
  await expect(form.getByText('On hold: this rollout cannot be accepted')).toBeVisible();
  await expect(form.getByRole('alert')).toContainText('on hold and cannot be accepted', SLOW);
  await manager.goto('/rollouts?readiness=HELD');
  await expect(manager.getByRole('link', { name: `#${rollout}`, exact: true })).toBeVisible();
  await manager.goto(`/rollouts/${rollout}`);
  // The evidence side by side, and the manager answers the REJECT recommendation: the blocker still holds.
  await expect(manager.getByTestId('evidence-table')).toContainText('1.9.3-1');
  await expect(manager.getByTestId('evidence-table')).toContainText('SL5 x86_64');
  const answer = manager.getByRole('form', { name: `Answer ${team}’s REJECT recommendation` });
  await answer.getByLabel(`Your answer to ${team}`).fill('Seen with the developers: the crash comes from the site configuration.');
  await answer.getByRole('button', { name: 'Answer the REJECT recommendation' }).click();
  await expect(blockers(manager)).toContainText(`The manager answered the REJECT recommendation of ${team}`, SLOW);
  await expect(blockers(manager)).toContainText('Open blocker finding: Jobs lost when the CE restarts');
  await expect(manager.getByTestId('reject-answer')).toContainText('the crash comes from the site configuration');
  // The blocker leaves the hold only when closed with a reason; then the rollout merely waits (its exposure runs).
  const close = manager.getByRole('form', { name: 'Close finding Jobs lost when the CE restarts' });
  await close.getByLabel('Reason to close (lifts the hold)').fill('The job loss came from the site configuration, not the update.');
  await close.getByRole('button', { name: 'Close' }).click();
  await expect(blockers(manager)).not.toContainText('Open blocker finding', SLOW);
  await expect(blockers(manager)).toContainText('Not ready yet');
  await expect(manager.getByRole('list', { name: 'Timeline' })).toContainText('Reason: The job loss came from the site configuration');
  await form.getByLabel('Summary of the staged rollout').fill('The CE lost jobs under load at the Early Adopter site.');
  await form.getByRole('radio', { name: 'REJECT' }).check();
  await form.getByLabel('Known issues and workarounds').fill('Job loss under load; no workaround.');
  await form.getByRole('button', { name: 'Resolve the rollout' }).click();
  await expectResolved(manager, 'REJECT');

  const sl5 = await releaseState(browser, release);
  await expect(sl5).toContainText('Rejected in staged rollout');
});

test('no acceptance: the manager calls for volunteers on the stack list and another team volunteers', async ({ browser }) => {
  const { rollout } = await newRollout(browser, '1.9.4-1');
  const manager = await assignGliteManager(browser, rollout);
  const [invited] = await inviteTeams(manager, 1);
  const names = await manager.getByRole('form', { name: 'Invite Early Adopter teams' }).locator('label:has(input[name="teamIds"]) span.font-medium').allTextContents();
  const volunteerTeam = names.find((name) => name !== invited)!;

  const member = await pageAs(browser, memberOf(invited!), `/rollouts/invitations`);
  await member.getByRole('button', { name: `Decline for ${invited}` }).click();
  await expect(member.getByText('No invitation waiting')).toBeVisible(SLOW);
  await member.context().close();

  await manager.reload();
  await expect(blockers(manager)).toContainText('No team has accepted yet');
  const call = manager.getByRole('form', { name: 'Call for volunteers' });
  await expect(call).toContainText('early-adopters-glite@');
  await call.getByLabel('Additional note (optional)').fill('Any CREAM site on SL5?');
  await call.getByRole('button', { name: 'Call for volunteers' }).click();
  await expect(manager.getByRole('list', { name: 'Timeline' })).toContainText('Called for volunteers on early-adopters-glite@', SLOW);

  const volunteer = await pageAs(browser, memberOf(volunteerTeam), `/rollouts/${rollout}`);
  await volunteer.getByRole('button', { name: `Volunteer (${volunteerTeam})` }).click();
  await expect(row(volunteer, volunteerTeam)).toContainText('Volunteered', SLOW);
  await expect(volunteer.getByRole('button', { name: 'Installed: start the exposure period' })).toBeVisible();
  await shot(volunteer, 'volunteered');
});

test('e-mail reply: a team member answers "accept <NGI>-<Site>" by mail and the ticket shows it; a stranger is refused', async ({ browser, request }) => {
  const { rollout } = await newRollout(browser, '1.9.5-1');
  const manager = await assignGliteManager(browser, rollout);
  const [team] = await inviteTeams(manager, 1);
  const ngiSite = team!.replace(/^ea-/, '');
  const mail = (from: string) =>
    [
      `From: Site Admin <${from}>`,
      `Subject: Re: [staged-rollout #${rollout}] Invitation`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `accept ${ngiSite}`,
      '',
      'On Tue, 3 May 2011, Staged Rollout wrote:',
      `> reject ${ngiSite}`,
      '',
    ].join('\r\n');
  const post = (from: string) => request.post('/api/v1/inbound-mail', { headers: { 'x-inbound-mail-secret': INBOUND_SECRET, 'content-type': 'message/rfc822' }, data: mail(from) });

  const refused = await post('mallory@evil.example');
  expect(refused.status()).toBe(403);
  const accepted = await post(memberOf(team!));
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toMatchObject({ ok: true, action: 'accept', team });

  await manager.reload();
  await expect(row(manager, team!)).toContainText('Accepted');
  await expect(row(manager, team!)).toContainText('by e-mail');
  const timeline = manager.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText(`${team} accepted by e-mail`);
  await expect(timeline).toContainText('Refused an e-mail reply from mallory@evil.example');
  await shot(manager, 'email-accepted');
});

test('every demo rollout page renders for the coordinator, with its panel and timeline', async ({ browser }) => {
  const page = await pageAs(browser, 'coordinator@demo.local', '/rollouts?perPage=100');
  const rolloutLinks = page.getByRole('table').getByRole('link', { name: /^#\d+$/ });
  await expect(rolloutLinks.first()).toBeVisible(); // the list streams in behind its skeleton
  const links = await rolloutLinks.allTextContents();
  expect(links.length).toBeGreaterThan(5);
  // Three tabs at a time: the server renders several pages at once, as it does for real users.
  const queue = [...links];
  const tabs = [page, await page.context().newPage(), await page.context().newPage()];
  await Promise.all(
    tabs.map(async (tab) => {
      for (let link = queue.shift(); link !== undefined; link = queue.shift()) {
        await tab.goto(`/rollouts/${link.slice(1)}`);
        await expect(tab.getByRole('heading', { level: 1 })).toContainText(link);
        // Open: the readiness rules; resolved: the outcome (and any override).
        await expect(blockers(tab)).toContainText(/Resolved with outcome|Met: |Unmet: |Holds: /);
        await expect(tab.getByRole('list', { name: 'Timeline' })).toBeVisible();
      }
    }),
  );
  const api = await page.request.get(`/api/v1/rollouts/${links[0]!.slice(1)}`);
  expect(api.status()).toBe(200);
  expect((await api.json()).number).toBe(Number(links[0]!.slice(1)));
});
