// The teams table at scale (2,000 teams, 1,000 components, 20 platforms, 20,000 commitments, the shared
// large data set): p50/p95 server time of
//   - listTeams(), the lib function behind /teams, the CSV export and GET /api/v1/teams,
//   - the GET /api/v1/teams route handler (token auth + query + JSON),
//   - the rendered /teams page and GET /api/v1/teams over HTTP from the production server (`npm start`,
//     page cache off, on the existing .next build, under the e2e lock; skipped without a build or with BENCH_SKIP_SERVER=1),
// each with its ratio to one bare SQL statement (node-postgres) that fetches the same page with the
// same details. Target (not asserted): p95 under 150 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import type { BenchContext } from './index';
import { LARGE_DEFAULTS, openLargeDataset } from './seed-large';
import { RUNS, SERVER_WARMUP, type Timing, time, WARMUP } from './timing';

const TARGET_MS = 150;

/**
 * Holds /tmp/e2e.lock (shared with next build and Playwright) until release(). The holder is `cat` on a
 * pipe from this process: closing the pipe, or this process dying, ends it and frees the lock.
 */
async function holdE2eLock(timeoutSeconds = 900): Promise<{ release(): void }> {
  const child = spawn('flock', ['-w', String(timeoutSeconds), '/tmp/e2e.lock', 'sh', '-c', 'echo locked; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`could not take /tmp/e2e.lock (flock exit ${code})`)));
  });
  return { release: () => child.stdin!.end() };
}

export async function run(ctx: BenchContext): Promise<void> {
  const { url, db, summary, reused } = await openLargeDataset(ctx.databaseUrl, LARGE_DEFAULTS);
  console.log(`Data set ${reused ? 'reused' : `seeded in ${summary.ms} ms`}: ${summary.teams} teams, ${summary.components} components, ${summary.platforms} platforms, ${summary.commitments} commitments`);

  // Imported after openLargeDataset pointed DATABASE_URL (and the app's db) at the bench database.
  const { NextRequest } = await import('next/server');
  const { Prisma } = await import('../../lib/generated/prisma/client');
  const { createApiToken } = await import('../../lib/auth/api-tokens');
  const { listTeams } = await import('../../lib/teams/list-teams');
  const { teamTableParams } = await import('../../lib/teams/table-params');
  const { TEAM_DETAILS, TEAM_FROM, teamCounts, teamOrderBy, teamWhere } = await import('../../lib/teams/team-table-sql');
  const teamsRoute = await import('../../app/api/v1/teams/route');

  const email = `teams-bench-${Date.now()}@bench.local`;
  const user = await db.user.create({ data: { email, name: 'Teams bench' } });
  const { token } = await createApiToken({ id: user.id, label: email }, user.id, 'teams bench');
  const busy = await db.commitment.groupBy({ by: ['componentId'], _count: { _all: true }, orderBy: { _count: { componentId: 'desc' } }, take: 1 });
  const component = await db.component.findUniqueOrThrow({ where: { id: busy[0]!.componentId }, include: { platforms: { include: { platform: true }, take: 1 } } });

  const views: [string, Record<string, string>][] = [
    ['default view (name, page 1 of 25 rows)', {}],
    ['sorted by commitments desc, page 40', { sort: 'commitments', dir: 'desc', page: '40' }],
    ['sorted by members desc, 100 rows', { sort: 'members', dir: 'desc', perPage: '100' }],
    [`component + OS filter (${component.name}, ${component.platforms[0]!.platform.os})`, { component: component.name, os: component.platforms[0]!.platform.os }],
    ['free text "site-01", sorted by rollouts', { q: 'site-01', sort: 'rollouts', dir: 'desc' }],
  ];

  /**
   * One hand-written statement, run through node-postgres: the page (same filters, sort, LIMIT/OFFSET),
   * its counts and details as JSON, and the total as a subquery. No ORM, no second round trip.
   */
  function bareSql(params: Record<string, string>) {
    const state = teamTableParams.parse(params);
    const where = teamWhere(state.filters);
    const sql = Prisma.sql`
      SELECT page_row.*, ${teamCounts(Prisma.sql`page_row.id`)}, ${TEAM_DETAILS},
        (SELECT count(*)::int FROM ${TEAM_FROM} ${where}) AS total
      FROM (
        SELECT t.id, t.name, t."createdAt", t."retiredAt", s.name AS site, n.code AS ngi, n.name AS ngi_name
        FROM ${TEAM_FROM} ${where} ${teamOrderBy(state.sort as never, state.dir)}
        LIMIT ${state.perPage} OFFSET ${(state.page - 1) * state.perPage}) page_row`;
    return { text: sql.text, values: sql.values };
  }

  type Handler = (request: InstanceType<typeof NextRequest>, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const callHandler = (query: string) => async () => {
    const response = await (teamsRoute.GET as Handler)(new NextRequest(`http://bench.local/api/v1/teams?${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    if (!response.ok) throw new Error(`GET /api/v1/teams?${query}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const rows: Record<string, string | number>[] = [];
  const row = (view: string, what: string, t: Timing, bare: Timing) =>
    rows.push({ view, what, p50_ms: t.p50.toFixed(1), p95_ms: t.p95.toFixed(1), x_bare_p50: (t.p50 / bare.p50).toFixed(1), x_bare_p95: (t.p95 / bare.p95).toFixed(1), ok: what === 'bare SQL (pg)' ? '' : t.p95 < TARGET_MS ? 'yes' : 'NO' });
  const bares = new Map<string, Timing>();
  try {
    for (const [label, params] of views) {
      const query = new URLSearchParams(params).toString();
      const { text, values } = bareSql(params);
      // The bare statement and the lib function must fetch the same page.
      const [bareRows, libPage] = [(await pool.query(text, values)).rows as { id: string; total: number }[], await listTeams(teamTableParams.parse(params))];
      const same = JSON.stringify(bareRows.map((r) => r.id).sort()) === JSON.stringify(libPage.rows.map((r) => r.id).sort()) && (bareRows[0]?.total ?? 0) === libPage.total;
      if (!same) throw new Error(`bare SQL and listTeams disagree on "${label}"`);
      const bare = await time(() => pool.query(text, values));
      bares.set(query, bare);
      row(label, 'bare SQL (pg)', bare, bare);
      row(label, `listTeams() (${libPage.rows.length} of ${libPage.total})`, await time(() => listTeams(teamTableParams.parse(params))), bare);
      row(label, 'GET /api/v1/teams (route handler)', await time(callHandler(query)), bare);
    }
  } finally {
    await pool.end();
  }

  // The rendered page and the API over HTTP, from a production server on the existing build.
  if (process.env.BENCH_SKIP_SERVER === '1' || !fs.existsSync('.next/standalone/server.js')) {
    console.log(fs.existsSync('.next/standalone/server.js') ? 'BENCH_SKIP_SERVER=1: HTTP timings skipped.' : 'No production build in .next (run `next build` first): HTTP timings skipped.');
  } else {
    const { startApp, signInCookie } = await import('./load/app-server');
    console.log('Waiting for /tmp/e2e.lock to start the production server on the current .next build …');
    const lock = await holdE2eLock();
    let app: Awaited<ReturnType<typeof startApp>> | undefined;
    try {
      app = await startApp(url, { CACHE_MAX_MB: '0' }); // every load computes its data: this times the render, not the cache
      const base = app.url;
      const cookie = await signInCookie(base, email);
      const fetchOk = (path: string, headers: Record<string, string>) => async () => {
        const response = await fetch(`${base}${path}`, { headers });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await response.arrayBuffer();
      };
      // The floor of any page: /account reads the user and their tokens (two small statements) and renders the
      // frame; what a page costs above it is its own data and markup. Its ratio is to the default view's statement.
      const floor = bares.get('')!;
      row('(no list)', 'GET /account page over HTTP: the render floor', await time(fetchOk('/account', { cookie }), SERVER_WARMUP), floor);
      for (const [label, params] of views.slice(0, 3)) {
        const query = new URLSearchParams(params).toString();
        const bare = bares.get(query)!;
        row(label, 'GET /teams page over HTTP (production server)', await time(fetchOk(`/teams?${query}`, { cookie }), SERVER_WARMUP), bare);
        row(label, 'GET /api/v1/teams over HTTP (production server)', await time(fetchOk(`/api/v1/teams?${query}`, { authorization: `Bearer ${token}` }), SERVER_WARMUP), bare);
      }
    } finally {
      await app?.stop();
      lock.release();
    }
  }
  await db.apiToken.deleteMany({ where: { userId: user.id } });
  await db.user.delete({ where: { id: user.id } });
  ctx.table(`Teams table server time, ${RUNS} runs after ${WARMUP} warm-ups (${SERVER_WARMUP} over HTTP) (target p95 < ${TARGET_MS} ms)`, rows);
}
