// The page cache over real HTTP, with a real change feed on the test database and a stand-in for the
// Next.js handler that renders from real Prisma queries (recorded through the app's own observed client).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { readDatabaseConfig } from '@/lib/db/config';
import { setQueryObserver } from '@/lib/db/query-observer';
import { createTeam, uniqueTag } from '@/lib/seed/factories';
import { ChangeFeed } from './change-feed';
import { changeListenerFor } from './change-listeners';
import { PageCache } from './page-cache';
import { installQueryRecorder } from './render-context';

const SECRET = 'page-cache-test-secret-0123456789abcdef';
const MAX_AGE_MS = 60_000;
let clock = Date.now();
let feed: ChangeFeed;
let cache: PageCache;
let server: Server;
let base = '';
let teamId = '';
let renders = 0;
/** How the stand-in page answers the next renders. */
let mode: 'page' | 'not-found' | 'set-cookie' | 'error-boundary' | 'failed-query' = 'page';

async function renderPage(request: IncomingMessage, response: ServerResponse): Promise<void> {
  renders++;
  if (request.method !== 'GET') return void response.writeHead(204).end();
  if (mode === 'failed-query') {
    await db.$queryRawUnsafe('SELECT * FROM "NoSuchTable"').catch(() => null); // the page shows an error instead
  }
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } });
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
  if (mode === 'set-cookie') headers['set-cookie'] = 'flash=1; Path=/';
  response.writeHead(mode === 'not-found' ? 404 : 200, headers);
  response.write(`<main><h1>${team.name}</h1>`);
  const tail = mode === 'error-boundary' ? '<template data-dgst="1234"></template>' : `<p>render ${renders}</p>`;
  response.end(`${tail}</main>`);
}

async function session(uid: string, maxAgeSeconds = 3600): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { uid }, secret: SECRET, maxAge: maxAgeSeconds })}`;
}

async function get(path: string, cookie: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { cookie, ...headers } });
  return { status: response.status, cache: response.headers.get('x-page-cache'), body: await response.text() };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the feed has heard of a change to `table` made after `seq`. */
const announced = (table: string, seq: number) => until(() => feed.changedSince([table], seq));

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_SECRET', SECRET);
  teamId = (await createTeam(db, { siteName: `Cache-${uniqueTag()}` })).team.id;
  feed = new ChangeFeed(changeListenerFor(readDatabaseConfig()), { info: () => {}, warn: () => {} });
  await feed.start();
  installQueryRecorder();
  cache = new PageCache({ feed, maxBytes: 1024 * 1024, maxAgeMs: MAX_AGE_MS, now: () => clock });
  server = createServer((request, response) => void cache.serve(request, response, () => renderPage(request, response)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  setQueryObserver(undefined);
  await new Promise((resolve) => server.close(resolve));
  await feed.stop();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  mode = 'page';
  clock = Date.now();
});

describe('PageCache', () => {
  it('renders a page once and then serves the same bytes from memory, per URL', async () => {
    const cookie = await session(`u-${uniqueTag()}`);
    const first = await get('/teams', cookie);
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    const again = await get('/teams', cookie);
    expect(again).toMatchObject({ status: 200, cache: 'hit', body: first.body });
    expect((await get('/teams?page=2', cookie)).cache).toBe('miss');
  });

  it('never serves one session the page rendered for another', async () => {
    const alice = await session(`alice-${uniqueTag()}`);
    const bob = await session(`bob-${uniqueTag()}`);
    await get('/coverage', alice);
    expect((await get('/coverage', alice)).cache).toBe('hit');
    expect((await get('/coverage', bob)).cache).toBe('miss');
  });

  it('renders again once a table the page read has changed, and shows the change', async () => {
    const cookie = await session(`u-${uniqueTag()}`);
    await get('/rollouts', cookie);
    expect((await get('/rollouts', cookie)).cache).toBe('hit');
    const seq = feed.sequence;
    const name = `Renamed-${uniqueTag()}`;
    await db.team.update({ where: { id: teamId }, data: { name } });
    await announced('Team', seq);
    const after = await get('/rollouts', cookie);
    expect(after.cache).toBe('miss');
    expect(after.body).toContain(name);
    expect((await get('/rollouts', cookie)).cache).toBe('hit');
  });

  it('keeps serving from memory when only tables the page never read change', async () => {
    const cookie = await session(`u-${uniqueTag()}`);
    await get('/', cookie);
    const seq = feed.sequence;
    await db.setting.create({ data: { key: `page-cache-${uniqueTag()}`, value: 1 } });
    await announced('Setting', seq);
    expect((await get('/', cookie)).cache).toBe('hit');
  });

  it('renders afresh for a session right after it sent a write (a form post, an action, an API call)', async () => {
    const writer = await session(`writer-${uniqueTag()}`);
    const reader = await session(`reader-${uniqueTag()}`);
    await get('/teams', writer);
    await get('/teams', reader);
    const post = await fetch(`${base}/teams`, { method: 'POST', headers: { cookie: writer } });
    expect(post.status).toBe(204);
    expect((await get('/teams', writer)).cache).toBe('miss');
    expect((await get('/teams', reader)).cache).toBe('hit');
  });

  it('does not keep error answers, answers that set a cookie, error boundaries or renders whose query failed', async () => {
    for (const bad of ['not-found', 'set-cookie', 'error-boundary', 'failed-query'] as const) {
      const cookie = await session(`u-${bad}-${uniqueTag()}`);
      mode = bad;
      await get('/coverage', cookie);
      mode = 'page';
      const next = await get('/coverage', cookie);
      expect(next.cache, bad).toBe('miss');
    }
  });

  it('serves nothing from memory without a live session: no cookie, a forged token, an expired one', async () => {
    expect((await get('/teams', 'theme=dark')).cache).toBe('bypass');
    const forged = 'next-auth.session-token=not-a-token';
    await get('/teams', forged);
    expect((await get('/teams', forged)).cache).toBe('miss');
    const shortLived = await session(`u-${uniqueTag()}`, 2);
    await get('/teams', shortLived);
    expect((await get('/teams', shortLived)).cache).toBe('hit');
    clock += 2_500; // past the token's exp
    expect((await get('/teams', shortLived)).cache).toBe('miss');
  });

  it('takes malformed and hostile Cookie headers in its stride: rendered, never kept, never an error', async () => {
    const hostile = [
      'next-auth.session-token=',
      '=;;==; ;next-auth.session-token',
      'next-auth.session-token.0=abc; next-auth.session-token.1=def',
      `next-auth.session-token=${'x'.repeat(6_000)}`,
      'next-auth.session-token=%E0%A4%A; __proto__=1; constructor=2',
    ];
    for (const cookie of hostile) {
      const first = await get('/teams', cookie);
      expect(first.status, cookie.slice(0, 40)).toBe(200);
      expect(['miss', 'bypass'], cookie.slice(0, 40)).toContain(first.cache);
      expect((await get('/teams', cookie)).cache, cookie.slice(0, 40)).not.toBe('hit');
    }
  });

  it('never answers the client router, prefetches or other paths', async () => {
    const cookie = await session(`u-${uniqueTag()}`);
    await get('/teams', cookie);
    expect((await get('/teams', cookie, { rsc: '1' })).cache).toBeNull();
    expect((await get('/teams', cookie, { 'next-router-prefetch': '1' })).cache).toBeNull();
    expect((await get('/teams/some-team', cookie)).cache).toBeNull();
  });

  it('renders again after the age limit', async () => {
    const cookie = await session(`u-${uniqueTag()}`);
    await get('/', cookie);
    clock += MAX_AGE_MS - 1;
    expect((await get('/', cookie)).cache).toBe('hit');
    clock += 2;
    expect((await get('/', cookie)).cache).toBe('miss');
  });
});
