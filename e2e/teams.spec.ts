// Early Adopter teams in the browser: an admin creates a team (after bad input is refused at the
// field), adds a member by e-mail; that person signs in through the identity provider, is matched by
// e-mail and commits the team to a component; the table filters down to the team and its CSV export
// contains it. Then sorting, paging, column visibility and the phone layout on the ~45 demo teams.
import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { signInAtOidcProvider } from './support/oidc-login';
import { signInAs } from './support/sign-in';

test.setTimeout(120_000);

const ADMIN = 'admin@demo.local';
const COMPONENT = 'Hydra';
const PLATFORM = 'SL6 x86_64';

/** Set TEAMS_SCREENSHOTS=<dir> to keep screenshots for a visual check. */
async function shot(page: Page, name: string) {
  const dir = process.env.TEAMS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const fieldError = (page: Page, label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' }).locator('xpath=following-sibling::p[last()]');

test('admin creates a team and adds a member, who signs in and commits; the table and the CSV show it', { tag: '@embedded' }, async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const site = `E2E-${stamp}`;
  const teamName = `ea-PT-${site}`;
  const memberLogin = `eateam${stamp.toLowerCase()}`;
  const memberEmail = `${memberLogin}@example.org`;

  await signInAs(page, ADMIN, '/teams/new');
  // Unknown NGI code: refused next to the field, nothing created.
  await page.getByLabel('NGI code').fill('ZZQ');
  await page.getByLabel('Site', { exact: true }).fill(site);
  await expect(page.getByTestId('team-name-preview')).toHaveText(`ea-ZZQ-${site}`);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(fieldError(page, 'NGI code')).toContainText('Unknown NGI code "ZZQ"');
  await expect(page).toHaveURL(/\/teams\/new$/);

  await page.getByLabel('NGI code').fill('PT');
  await page.getByLabel('Site time zone').fill('Europe/Lisbon');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamName}\\?created=1$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(teamName);
  await expect(page.getByRole('status').filter({ hasText: 'created with its group' })).toBeVisible();

  // The same team again: a duplicate, refused next to the site field.
  await page.goto('/teams/new');
  await page.getByLabel('NGI code').fill('pt');
  await page.getByLabel('Site', { exact: true }).fill(site.toLowerCase());
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(fieldError(page, 'Site')).toContainText(`The team ${teamName} already exists`);

  // Members: an invalid e-mail is refused at the field, then the real one is added (source: app).
  await page.goto(`/teams/${teamName}`);
  const addByEmail = page.getByRole('form', { name: 'Add a member by e-mail' });
  await addByEmail.getByLabel('Add by e-mail').fill('not-an-address');
  await addByEmail.getByRole('button', { name: 'Add member' }).click();
  await expect(addByEmail.getByText('Enter a valid e-mail address.')).toBeVisible();
  await expect(addByEmail.getByLabel('Add by e-mail')).toHaveValue('not-an-address');
  await expect(addByEmail.getByLabel('Add by e-mail')).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  await expect(addByEmail.getByLabel('Add by e-mail')).toBeFocused();
  await addByEmail.getByLabel('Add by e-mail').fill(memberEmail);
  await addByEmail.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${memberEmail} is now a member of ${teamName}` })).toBeVisible();
  const members = page.locator('#members').locator('xpath=ancestor::section[1]');
  await expect(members.getByRole('listitem').filter({ hasText: memberEmail })).toContainText('App');
  await expect(members.getByRole('button', { name: `Remove ${memberEmail} from ${teamName}` })).toBeVisible();
  await shot(page, 'team-page-admin');

  // The member signs in through the identity provider (no team group in the claims): matched by e-mail.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto('/signin?callbackUrl=%2Fmy-team');
  await member.getByRole('button', { name: /Sign in with/ }).click();
  await signInAtOidcProvider(member, `${memberLogin}:`);
  await expect(member).toHaveURL(/\/my-team$/);
  await expect(member.getByRole('heading', { name: teamName })).toBeVisible();
  await expect(member.getByText('No commitment yet')).toBeVisible();
  await shot(member, 'my-team');

  // ...and commits the team to Hydra on SL6 x86_64 (only the platforms Hydra ships on are offered).
  await member.getByRole('link', { name: 'Manage commitments and contacts' }).click();
  await expect(member).toHaveURL(new RegExp(`/teams/${teamName}#commitments$`));
  await expect(member.getByRole('form', { name: 'Add a member by e-mail' })).toHaveCount(0); // members are for admins
  const addForm = member.getByRole('form', { name: 'Add a commitment' });
  await addForm.getByLabel('Component').selectOption({ label: COMPONENT });
  await expect(addForm.getByLabel('OS and architecture').locator('option')).toHaveText(['Choose…', 'SL5 x86_64', 'SL6 x86_64']);
  await addForm.getByLabel('OS and architecture').selectOption({ label: PLATFORM });
  await addForm.getByRole('button', { name: 'Add commitment' }).click();
  await expect(member.getByRole('status').filter({ hasText: `${teamName} now commits to ${COMPONENT} on ${PLATFORM}` })).toBeVisible();
  await expect(member.getByRole('button', { name: `Remove the commitment to ${COMPONENT} on ${PLATFORM}` })).toBeVisible();
  // The team's history records who did what.
  await member.reload();
  const history = member.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`team.commit by ${memberEmail}`);
  await expect(history).toContainText(`team.addMember by ${ADMIN}`);
  await expect(history).toContainText(`team.create by ${ADMIN}`);
  await memberContext.close();

  // The table filters down to the team through the toolbar; the view is in the URL.
  await page.goto('/teams');
  const toolbar = page.getByRole('search', { name: 'Filter the table' });
  await toolbar.getByLabel('Component').fill(COMPONENT);
  await toolbar.getByLabel('Search').fill(site);
  await toolbar.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${site}`));
  await toolbar.getByLabel('OS', { exact: true }).selectOption('SL6');
  await expect(page).toHaveURL(/os=SL6/);
  await expect(page.getByText('1 team', { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Early Adopter teams' });
  const row = table.getByRole('row').filter({ hasText: teamName });
  await expect(row).toContainText(`${COMPONENT} (gLite · EMI) ${PLATFORM}`);
  await expect(row).toContainText('1:'); // one member
  await shot(page, 'teams-filtered');

  // The CSV export is the same view.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: /Export CSV: the 1 rows of this view/ }).click();
  const download = await downloadPromise;
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('Team');
  expect(lines[1]).toContain(teamName);
  expect(lines[1]).toContain(`${COMPONENT} (gLite, EMI) ${PLATFORM}`);
  expect(lines[1]).toContain(memberEmail);

  // The other filter: a platform Hydra is not committed on finds nothing, with a way back.
  await toolbar.getByLabel('OS', { exact: true }).selectOption('SL5');
  await expect(table).toContainText('No team matches this view.');
  await table.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/teams$/);
});

test('sorting, paging and column visibility across the demo teams, kept in the URL', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/teams?perPage=10');
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  const summary = await pager.getByText(/^1–10 of \d+ teams$/).innerText();
  const total = Number(/of (\d+)/.exec(summary)![1]);
  expect(total).toBeGreaterThan(30);
  const table = page.getByRole('table', { name: 'Early Adopter teams' });
  const ngiCells = () => table.locator('tbody tr td:first-child').allInnerTexts();

  // Sort by NGI: ascending, then descending, on the server (across pages, not within one).
  await table.getByRole('link', { name: /^NGI\. Sort ascending/ }).click();
  await expect(page).toHaveURL(/sort=ngi&dir=asc/);
  await expect(table.getByRole('columnheader', { name: /NGI/ })).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await ngiCells();
  expect(ascending).toEqual([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  await table.getByRole('link', { name: /^NGI, sorted ascending\. Sort descending/ }).click();
  await expect(page).toHaveURL(/sort=ngi&dir=desc/);
  await expect(table.getByRole('columnheader', { name: /NGI/ })).toHaveAttribute('aria-sort', 'descending');
  const descending = await ngiCells();
  expect(descending[0]!.toLowerCase() >= ascending[ascending.length - 1]!.toLowerCase()).toBe(true);

  // Page through: the next page continues the order; the last page holds the rest.
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pager.getByText(`11–20 of ${total} teams`)).toBeVisible();
  const second = await ngiCells();
  expect(second[0]!.toLowerCase() <= descending[descending.length - 1]!.toLowerCase()).toBe(true);
  await pager.getByRole('link', { name: 'Last page' }).click();
  const lastPage = Math.ceil(total / 10);
  await expect(pager.getByText(`Page ${lastPage} of ${lastPage}`)).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(total - (lastPage - 1) * 10);

  // The URL is the view: reloading (or sharing it) shows the same page, sort included.
  const url = page.url();
  await page.goto(url);
  await expect(pager.getByText(`Page ${lastPage} of ${lastPage}`)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /NGI/ })).toHaveAttribute('aria-sort', 'descending');

  // Rows per page and hiding a column.
  await pager.getByLabel('Rows per page').selectOption('25');
  await expect(pager.getByText(`1–25 of ${total} teams`)).toBeVisible();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'E-mail contacts' }).uncheck();
  await expect(page).toHaveURL(/hide=contacts/);
  await expect(table.getByRole('columnheader', { name: 'E-mail contacts' })).toHaveCount(0);
  await expect(page.getByText('Columns (1 hidden)')).toBeVisible();

  // A garbage URL falls back to the default view instead of failing.
  await page.goto('/teams?page=-3&perPage=abc&sort=password&dir=up');
  await expect(pager.getByText(/^1–25 of \d+ teams$/)).toBeVisible();

  // On a phone the table scrolls inside its box and the page does not.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/teams?perPage=10');
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  await shot(page, 'teams-phone');
});

test('identity-provider memberships are shown with their source and cannot be removed in the app', async ({ page, browser }) => {
  // Mia is in ea-PT-LIP-Lisbon through the identity provider's group claims.
  const mia = await browser.newContext();
  const miaPage = await mia.newPage();
  await miaPage.goto('/signin');
  await miaPage.getByRole('button', { name: /Sign in with/ }).click();
  await signInAtOidcProvider(miaPage, 'member');
  await expect(miaPage.getByRole('banner')).toContainText('Mia Member');
  await mia.close();

  await signInAs(page, ADMIN, '/teams/ea-PT-LIP-Lisbon');
  const row = page.locator('#members').locator('xpath=ancestor::section[1]').getByRole('listitem').filter({ hasText: 'oidc-member@example.org' });
  await expect(row).toContainText('IdP');
  await expect(row).toContainText('Managed by the identity provider: cannot be removed here.');
  await expect(row.getByRole('button')).toHaveCount(0);
  // A team member who is not an admin sees no member controls and cannot edit another team.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await checkMemberControls(memberPage);
  await memberContext.close();
});

async function checkMemberControls(page: Page) {
  await signInAs(page, 'member@ea-pt-lip-lisbon.demo.local', '/teams/ea-IT-INFN-T1');
  await expect(page.getByRole('form', { name: 'Add a commitment' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Add a contact' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit team' })).toHaveCount(0);
  await page.goto('/teams/ea-PT-LIP-Lisbon');
  await expect(page.getByRole('form', { name: 'Add a commitment' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a member by e-mail' })).toHaveCount(0);
  // Not an admin: the new-team page is refused.
  expect((await page.goto('/teams/new'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create team' })).toHaveCount(0);
}

test('admin edits a team: a new site renames the team and its group; retire and reactivate', async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, ADMIN, '/teams/new');
  await page.getByLabel('NGI code').fill('IT');
  await page.getByLabel('Site', { exact: true }).fill(`OLD-${stamp}`);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/ea-IT-OLD-${stamp}\\?created=1$`));

  await page.getByRole('link', { name: 'Edit team' }).click();
  // Cache Components keep the previous page (the creation form) in the document, hidden: use the edit form.
  const edit = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save changes' }) });
  await expect(edit.getByLabel('NGI code')).toHaveValue('IT');
  await edit.getByLabel('Site', { exact: true }).fill(`NEW-${stamp}`);
  await expect(edit.getByTestId('team-name-preview')).toHaveText(`ea-IT-NEW-${stamp}`);
  await edit.getByLabel('Description (optional)').fill('Moved to the new data centre.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/ea-IT-NEW-${stamp}$`));
  await expect(page.getByText(`ea-IT-NEW-${stamp}`, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Moved to the new data centre.');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('team.edit by admin@demo.local');
  // The table's client component gets only what it shows: the team, not its description (props are inlined in the page).
  const listHtml = await (await page.request.get(`/teams?q=NEW-${stamp}`)).text();
  expect(listHtml).toContain(`ea-IT-NEW-${stamp}`);
  expect(listHtml).not.toContain('Moved to the new data centre.');

  await page.getByRole('button', { name: `Retire ea-IT-NEW-${stamp}` }).click();
  await expect(page.getByText(`ea-IT-NEW-${stamp} is retired.`)).toBeVisible();
  await page.goto(`/teams?q=NEW-${stamp}`);
  await expect(page.getByText('No team matches this view.')).toBeVisible();
  await page.goto(`/teams?q=NEW-${stamp}&status=retired`);
  await expect(page.getByRole('row').filter({ hasText: `ea-IT-NEW-${stamp}` })).toContainText('retired');
  await page.goto(`/teams/ea-IT-NEW-${stamp}`);
  await page.getByRole('button', { name: `Reactivate ea-IT-NEW-${stamp}` }).click();
  await expect(page.getByText(`ea-IT-NEW-${stamp} is active again.`)).toBeVisible();
});

test('the component and team filters suggest names from the API as one types; the pages carry no name list', async ({ page }) => {
  await signInAs(page, 'coordinator@demo.local', '/teams');
  // Before any typing the page holds no suggestions: the 1,000-name list is no longer part of every page.
  const html = await (await page.request.get('/teams')).text();
  expect(html).not.toContain('<option value="Hydra"');
  const toolbar = page.getByRole('search', { name: 'Filter the table' });
  const component = toolbar.getByLabel('Component');
  const suggestions = page.locator(`datalist[id="${await component.getAttribute('list')}"] option`);
  const lookup = page.waitForResponse((response) => response.url().includes('/api/v1/components?') && response.url().includes('q=hyd'));
  await component.pressSequentially('hyd', { delay: 40 });
  expect((await lookup).status()).toBe(200);
  // Only names holding the typed text, whatever else the API's search matched (a stack, a description).
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions).toHaveAttribute('value', COMPONENT);

  await page.goto('/rollouts');
  const team = page.getByRole('search', { name: 'Filter the table' }).getByLabel('Team');
  const teamSuggestions = page.locator(`datalist[id="${await team.getAttribute('list')}"] option`);
  await team.pressSequentially('lisbon', { delay: 40 });
  await expect(teamSuggestions).toHaveCount(1);
  await expect(teamSuggestions).toHaveAttribute('value', 'ea-PT-LIP-Lisbon');
});
