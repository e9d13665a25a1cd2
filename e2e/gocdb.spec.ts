// The GOCDB site registry in the browser, against a real HTTP server answering in GOCDB's format
// (lib/gocdb/testing): an admin maps a component to a service type and syncs; creates a team from a
// synced site (no free text for a GOCDB NGI); a rollout and the team page show the endpoint's BETA as
// read from GOCDB; a BETA=Y left after a resolved rollout appears on the coordinator's dashboard and as
// a reminder in the outbox.
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { startGocdbFixtureServer, type GocdbFixtureServer } from '../lib/gocdb/testing/fixture-server';
import { signInAs } from './support/sign-in';
import { messageRows } from './support/outbox';

test.setTimeout(180_000);

const ADMIN = 'admin@demo.local';
const COORDINATOR = 'coordinator@demo.local';
/** NGIs other specs create typed teams in: a GOCDB NGI must not adopt them. */
const TYPED_NGIS = new Set(['IT', 'PT']);

/** axe-core (installed with eslint-plugin-jsx-a11y) run in the page on the given part of it: no violations. */
async function expectAccessible(page: Page, selector: string) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run({ include: [include] })).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  }, selector);
  expect(violations).toEqual([]);
}

/** Usable at 390 px: nothing wider than the screen. */
async function expectNoSideScroll(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

let gocdb: GocdbFixtureServer;
test.beforeAll(async () => {
  gocdb = await startGocdbFixtureServer({ port: Number(process.env.E2E_GOCDB_PORT), pageSize: 2 });
});
test.afterAll(async () => {
  await gocdb?.close();
});

interface ListItem {
  number: number;
  status: string;
  component: { name: string };
  teams: string[];
}

/** Every rollout of the API's list, page by page (at most 100 a page: a larger perPage is a 400). */
async function allRollouts(page: Page): Promise<ListItem[]> {
  const items: ListItem[] = [];
  for (let n = 1; ; n++) {
    const body = (await (await page.request.get(`/api/v1/rollouts?perPage=100&page=${n}`)).json()) as { data: ListItem[]; total: number };
    items.push(...body.data);
    if (body.data.length === 0 || items.length >= body.total) return items;
  }
}

/** A resolved rollout with a team that took part and has no unresolved rollout of the same component. */
async function pickResolvedParticipation(page: Page) {
  const list = await allRollouts(page);
  const busy = new Set(list.filter((item) => item.status !== 'RESOLVED').flatMap((item) => item.teams.map((team) => `${item.component.name}|${team}`)));
  for (const item of list.filter((row) => row.status === 'RESOLVED')) {
    const detail = (await (await page.request.get(`/api/v1/rollouts/${item.number}`)).json()) as { participations: { team: string; status: string }[] };
    for (const participation of detail.participations) {
      const [, ngi, site] = /^ea-([^-]+)-(.+)$/.exec(participation.team) ?? [];
      if (!ngi || !site || TYPED_NGIS.has(ngi) || !['ACCEPTED', 'VOLUNTEERED'].includes(participation.status)) continue;
      if (busy.has(`${item.component.name}|${participation.team}`)) continue;
      return { rollout: item.number, component: item.component.name, team: participation.team, ngi, site };
    }
  }
  throw new Error('The demo data has no resolved rollout with a suitable team');
}

test('admin syncs GOCDB, creates a team from a synced site; BETA is read back and a flag left after release is flagged', async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const serviceType = `E2E-CE-${stamp}`;
  await signInAs(page, ADMIN, '/admin/gocdb');
  const picked = await pickResolvedParticipation(page);
  const hostname = `ce01.${picked.site.toLowerCase()}.example`;
  const newSite = `${picked.ngi}-GOCDB-${stamp}`;
  gocdb.data = {
    ngis: [{ name: `NGI_${picked.ngi}` }],
    sites: [
      { key: `${stamp}G0`, name: picked.site, ngi: `NGI_${picked.ngi}`, timeZone: 'Europe/Rome' },
      { key: `${stamp}G1`, name: newSite, ngi: `NGI_${picked.ngi}`, timeZone: 'Europe/Madrid' },
    ],
    endpoints: [{ key: `${stamp}E0`, hostname, serviceType, site: picked.site, ngi: `NGI_${picked.ngi}`, beta: true, hostOs: 'SL5', hostArch: 'x86_64' }],
  };

  // The rollout's component reads its endpoints from GOCDB once it has a service type.
  await page.goto(`/catalog?q=${encodeURIComponent(picked.component)}`);
  await page.getByRole('link', { name: picked.component, exact: true }).first().click();
  await page.getByLabel('GOCDB service type (optional)').fill(serviceType);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${picked.component} saved.` })).toBeVisible();

  // Sync now (a worker run may hold the lock for a moment: then try again).
  await page.goto('/admin/gocdb');
  await expect(async () => {
    await page.getByRole('button', { name: 'Sync now from GOCDB' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'GOCDB sync done' })).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 60_000 });
  await page.reload();
  const run = page.getByTestId('gocdb-run').first();
  await expect(run).toContainText('succeeded');
  // Added: the new site and the endpoint; updated: the demo NGI and site, adopted (NGI_<code> is <code>).
  await expect(run).toContainText('2 added, 2 updated, 0 marked removed, 1 beta reminder queued');
  await expect(page.getByRole('list', { name: 'Synced records' })).toContainText(`1 ${serviceType} endpoints`);
  await expectAccessible(page, 'main');
  await expectNoSideScroll(page);

  // A team from a synced site: the NGI offers its GOCDB sites, not free text.
  await page.goto('/teams/new');
  await page.getByLabel('NGI code').fill(picked.ngi);
  const siteSelect = page.getByLabel('Site (from GOCDB)');
  await expect(siteSelect.locator('option')).toHaveText(['Choose a site…', newSite]); // the demo site already has its team
  await siteSelect.selectOption(newSite);
  await expect(page.getByTestId('team-name-preview')).toHaveText(`ea-${picked.ngi}-${newSite}`);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`ea-${picked.ngi}-${newSite}`);
  // Editing it offers the same choice: its own site (kept), never a site another team holds.
  await page.getByRole('link', { name: 'Edit team' }).click();
  const editSelect = page.getByLabel('Site (from GOCDB)');
  await expect(editSelect).toHaveValue(newSite);
  await expect(editSelect.locator('option')).toHaveText(['Choose a site…', newSite]);

  // BETA read back: on the team's page and on the rollout.
  await page.goto(`/teams/${picked.team}`);
  await expect(page.getByTestId('gocdb-endpoint').filter({ hasText: hostname })).toContainText('BETA Y');
  await expectAccessible(page, 'section[aria-labelledby="site-registry"]');
  await page.goto(`/rollouts/${picked.rollout}`);
  const endpoints = page.getByTestId('gocdb-team-endpoints').filter({ hasText: picked.team });
  await expect(endpoints).toContainText(hostname);
  await expect(endpoints).toContainText('still shows BETA=Y');
  await expectAccessible(page, 'section[aria-labelledby="gocdb-title"]');
  await expectNoSideScroll(page);

  // The coordinator's dashboard lists the flag left after release; the team was reminded once.
  const context = await browser.newContext();
  const coordinator = await context.newPage();
  await signInAs(coordinator, COORDINATOR, '/');
  await expect(coordinator.getByRole('list', { name: 'Beta flags left in GOCDB' })).toContainText(hostname);
  await page.goto('/outbox');
  await expect(messageRows(page).filter({ hasText: `Remove the beta flag of ${hostname} in GOCDB` })).toHaveCount(1);
  await context.close();
});
