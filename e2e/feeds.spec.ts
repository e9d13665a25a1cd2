// The public feeds, without signing in: RSS 2.0 and Atom parse with a real XML parser and carry their
// required elements; they contain the demo data's production releases (the link leads to the release),
// one stack's feed only that stack's; rollouts in progress; unknown names are a 404.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

test('RSS 2.0 of production releases is valid XML with the required elements and contains a release', async ({ request, page }) => {
  const response = await request.get('/feeds/releases.rss');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  expect(response.headers()['cache-control']).toContain('public');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss;
  expect(rss['@version']).toBe('2.0');
  for (const field of ['title', 'link', 'description']) expect(rss.channel[field]).toBeTruthy();
  const items = list<Record<string, unknown>>(rss.channel.item);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.title).toMatch(/ in production$/);
    expect(String(item.link)).toMatch(/\/releases\/\d+$/);
    expect(Number.isNaN(Date.parse(String(item.pubDate)))).toBe(false);
  }
  // The first item is a real release: its page shows the same version.
  const first = items[0]!;
  const version = / (\S+) in production$/.exec(String(first.title))![1]!;
  await signInAs(page, 'coordinator@demo.local', new URL(String(first.link)).pathname);
  await expect(page.getByText(version).first()).toBeVisible();
});

test('Atom of production releases is valid with id, title, updated and entries', async ({ request }) => {
  const response = await request.get('/feeds/releases.atom');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeTruthy();
  const entries = list<Record<string, unknown>>(feed.entry);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(String(entry.id)).toMatch(/^urn:staged-rollout:release-\d+$/);
    expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
  }
});

test("one stack's feed has only that stack's releases; an unknown stack is a 404", async ({ request }) => {
  const xml = await (await request.get('/feeds/releases/glite.rss')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const items = list<{ title: string; category: string[] | string }>(parser.parse(xml).rss.channel.item);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(list(item.category)).toContain('gLite');
  const atom = await request.get('/feeds/releases/arc.atom');
  expect(XMLValidator.validate(await atom.text())).toBe(true);
  expect((await request.get('/feeds/releases/no-such-stack.rss')).status()).toBe(404);
  expect((await request.get('/feeds/releases/glite.json')).status()).toBe(404);
});

test('the feed of staged rollouts in progress lists the open rollouts', async ({ request }) => {
  for (const format of ['rss', 'atom'] as const) {
    const xml = await (await request.get(`/feeds/rollouts.${format}`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('BDII_top');
  }
});

test('the home page links the feeds, reachable without signing in', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Production releases (RSS)' });
  await expect(link).toHaveAttribute('href', '/feeds/releases.rss');
  expect((await page.request.get('/feeds/teams/ea-no-such-team.ics')).status()).toBe(404);
});
