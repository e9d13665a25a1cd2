// The accessibility guard: every page of the app, for each role that sees it, checked by axe-core
// against the WCAG 2.0/2.1 A and AA rules, must have 0 violations. One page load per page per role:
// the ids of the detail pages (a team, a rollout, a release, a component) are read from the list pages
// already loaded, and the lists show 10 rows, so the guard stays short per role.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.setTimeout(180_000);

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MEMBER_TEAM = 'ea-PT-LIP-Lisbon';

/** Pages every signed-in role sees; `{team}` etc. are filled from the list pages loaded before them. */
const EVERYONE = ['/', '/teams?perPage=10', '/teams/{team}', '/coverage', '/coverage/gaps', '/rollouts?perPage=10', '/rollouts/{rollout}', '/rollouts?status=RESOLVED&perPage=10', '/rollouts/{resolved}', '/releases?perPage=10', '/releases/{release}', '/metrics', '/outbox', '/subscriptions', '/account', '/no-such-page'];

const ROLES: { email: string; pages: string[] }[] = [
  {
    email: 'admin@demo.local',
    // /api-docs is the same reference for every reader (only the header differs, checked on every page):
    // once is enough, and it is the largest page axe walks.
    pages: [...EVERYONE, '/api-docs', '/teams/new', '/teams/{team}/edit', '/catalog', '/catalog/components/{component}', '/catalog/components/new', '/admin/groups', '/admin/audit', '/admin/holidays', '/admin/gocdb'],
  },
  { email: 'coordinator@demo.local', pages: [...EVERYONE, '/releases/new', '/admin/holidays', '/admin/readiness'] },
  { email: 'manager-glite@demo.local', pages: EVERYONE },
  { email: 'provider@demo.local', pages: [...EVERYONE, '/releases/new'] },
  { email: 'verifier@demo.local', pages: EVERYONE },
  { email: `member@${MEMBER_TEAM.toLowerCase()}.demo.local`, pages: [...EVERYONE, '/my-team', '/rollouts/invitations'] },
];

/** The first detail link of a list page, as the id its placeholder stands for. */
const DETAIL_LINKS: Record<string, { placeholder: string; pattern: RegExp }> = {
  '/teams?perPage=10': { placeholder: '{team}', pattern: /^\/teams\/([^/?#]+)$/ },
  '/rollouts?perPage=10': { placeholder: '{rollout}', pattern: /^\/rollouts\/(\d+)$/ },
  // A closed rollout's page has more to check: its Document, the summary download, the outcome.
  '/rollouts?status=RESOLVED&perPage=10': { placeholder: '{resolved}', pattern: /^\/rollouts\/(\d+)$/ },
  '/releases?perPage=10': { placeholder: '{release}', pattern: /^\/releases\/(\d+)$/ },
  '/catalog': { placeholder: '{component}', pattern: /^\/catalog\/components\/([^/?#]+)$/ },
};

async function firstDetailId(page: Page, pattern: RegExp): Promise<string | undefined> {
  // The lists stream in behind a skeleton: wait for the first row.
  await expect(page.locator('main table tbody tr').first()).toBeVisible();
  const hrefs = await page.locator('main table a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => pattern.exec(href)?.[1]).find(Boolean);
}

async function violations(page: Page): Promise<string[]> {
  // Only violations are wanted: axe then skips collecting the details of what passed (much faster).
  // options() replaces the whole option object, so it comes before withTags() (which sets runOnly).
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_21_AA).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Loads one page, records the id its list offers (if it is a list page), and returns axe's violations. */
async function checkPage(page: Page, path: string, template: string, ids: Record<string, string>): Promise<string[]> {
  await page.goto(path);
  await expect(page.locator('main').first()).toBeVisible();
  // Loading skeletons are replaced by the page before it is checked.
  await expect(page.locator('.animate-pulse')).toHaveCount(0);
  const detail = DETAIL_LINKS[template];
  if (detail) {
    const id = await firstDetailId(page, detail.pattern);
    if (id) ids[detail.placeholder] = decodeURIComponent(id);
  }
  return violations(page);
}

// Pages are checked a few at a time, in tabs of one signed-in context: axe runs in each tab's own
// renderer process and the server renders several pages at once, so both cores are used. The pages
// naming an id come after every list page, which supplies the ids.
const TABS = 3;

for (const role of ROLES) {
  test(`${role.email}: every page they see has no WCAG 2.1 AA violation`, async ({ page }) => {
    const ids: Record<string, string> = { '{team}': MEMBER_TEAM };
    const found: Record<string, string[]> = {};
    await signInAs(page, role.email, '/account');
    const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => page.context().newPage())))];
    const phases = [role.pages.filter((template) => !template.includes('{')), role.pages.filter((template) => template.includes('{'))];
    for (const phase of phases) {
      const queue = [...phase];
      await Promise.all(
        tabs.map(async (tab) => {
          for (let template = queue.shift(); template !== undefined; template = queue.shift()) {
            const path = template.replace(/\{[a-z]+\}/g, (placeholder) => encodeURIComponent(ids[placeholder] ?? ''));
            if (/\/$/.test(path) && path !== '/') throw new Error(`No id for ${template}: its list page comes first`);
            const problems = await checkPage(tab, path, template, ids);
            if (problems.length) found[path] = problems;
          }
        }),
      );
    }
    expect(found).toEqual({});
  });
}
