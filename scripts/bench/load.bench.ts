// Load test of the production build (`next build` + `npm start`, i.e. scripts/serve.ts with its page
// cache, on 127.0.0.1) on a PostgreSQL server: virtual users (coordinators reading pages in three
// signed-in sessions and the API, EA members replying and logging findings, managers inviting and
// closing) for LOAD_SECONDS (default 30) per phase. Prints per route requests, req/s, p50/p95/p99,
// errors and page-cache hits; then checks the database against what the clients were told
// (scripts/bench/load/consistency.ts) and the always-true invariants. Target on a 2-core machine:
// read pages >= 200 req/s with p95 < 250 ms, zero errors, zero inconsistencies (not asserted).
//   npm run bench -- load        LOAD_SKIP_BUILD=1 reuses .next; LOAD_KEEP_DB=1 keeps the database
import fs from 'node:fs';
import pg from 'pg';
import type { BenchContext } from './index';
import { buildApp, createDatabase, dropDatabase, migrateAndSeed, signInCookie, startApp } from './load/app-server';
import { checkConsistency, checkOk } from './load/consistency';
import { createLoadFixtures } from './load/fixtures';
import { checkInvariants } from './load/invariants';
import { type RouteStats, runRoutes, statsRow } from './load/run-routes';
import { newTally, readRoutes, writeRoutes } from './load/scenarios';
import { percentile } from './timing';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const RATES = { reply: 15, finding: 10, invite: 5, close: 2 };

/** Resident and peak resident memory of a process, in MB (VmRSS, VmHWM); "–" where /proc has none. */
function processMemory(pid: number): { rssMb: string; peakMb: string } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (field: string) => {
      const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
      return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '–';
    };
    return { rssMb: mb('VmRSS'), peakMb: mb('VmHWM') };
  } catch {
    return { rssMb: '–', peakMb: '–' };
  }
}

function readSummary(stats: RouteStats[], seconds = SECONDS): Record<string, string | number> {
  const pages = stats.filter((s) => s.name.endsWith('(page)'));
  const all = pages.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = pages.reduce((n, s) => n + s.requests, 0);
  const rate = requests / seconds;
  const p95 = percentile(all, 0.95);
  const errors = pages.reduce((n, s) => n + s.errors + s.socketErrors, 0);
  return { 'read pages': pages.length, requests, 'req/s': rate.toFixed(1), p95_ms: p95.toFixed(0), errors, 'target (>=200 req/s, p95<250, 0 errors)': rate >= 200 && p95 < 250 && errors === 0 ? 'met' : 'NOT met' };
}

export async function run(ctx: BenchContext): Promise<void> {
  const name = `ea_load_${Date.now()}`;
  const url = await createDatabase(ctx.databaseUrl, name);
  console.log(`Database ${name}: migrate + seed …`);
  migrateAndSeed(url);
  buildApp();

  const { disconnectDb, db } = await import('../../lib/db/client');
  await disconnectDb();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const started = Date.now();
  const fixtures = await createLoadFixtures(db, { teams: 30, replyRollouts: 20, findingRollouts: 5, inviteRollouts: 15, closeRollouts: Math.ceil(RATES.close * SECONDS * 1.2) + 5, coordinatorTokens: 40 });
  console.log(`Fixtures in ${Date.now() - started} ms: ${fixtures.teams.length} teams, ${fixtures.reply.length + fixtures.finding.length + fixtures.invite.length + fixtures.close.length} open rollouts`);

  const app = await startApp(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const sessions: string[] = [];
    for (const email of ['coordinator@demo.local', 'coordinator2@demo.local', fixtures.coordinatorEmail]) sessions.push(await signInCookie(app.url, email));
    const connections = { page: 4, api: 2 };
    const reads = () => readRoutes(fixtures, sessions, { connections });
    await runRoutes(app.url, readRoutes(fixtures, sessions, { connections, renderEveryTime: true }), 5); // warm-up: first renders, JIT, connection pool

    const rendered = await runRoutes(app.url, readRoutes(fixtures, sessions, { connections, renderEveryTime: true }), Math.min(SECONDS, 15));
    ctx.table('Phase 0 — yardstick: every page load rendered (a new query string each time, so the page cache never answers)', rendered.map(statsRow));
    ctx.table('Phase 0 — read pages rendered every time, against the target', [readSummary(rendered, Math.min(SECONDS, 15))]);

    const readOnly = await runRoutes(app.url, reads(), SECONDS);
    ctx.table(`Phase 1 — coordinators reading, ${SECONDS} s (${readOnly.reduce((n, s) => n + s.requests, 0)} requests)`, readOnly.map(statsRow));
    ctx.table('Phase 1 — read pages against the target', [readSummary(readOnly)]);

    const tally = newTally();
    const mixed = await runRoutes(app.url, [...reads(), ...writeRoutes(fixtures, tally, RATES)], SECONDS);
    ctx.table(`Phase 2 — reads and writes together, ${SECONDS} s (writes paced: reply ${RATES.reply}/s, finding ${RATES.finding}/s, invite ${RATES.invite}/s, close ${RATES.close}/s)`, mixed.map(statsRow));
    ctx.table('Phase 2 — read pages against the target', [readSummary(mixed)]);
    for (const stats of mixed) if (stats.kind === 'write') tally.inFlight.set(stats.name, stats.inFlight.length);
    const samples = [...readOnly, ...mixed].flatMap((s) => s.samples.map((sample) => ({ route: s.name, response: sample })));
    if (samples.length) ctx.table('Unexpected responses (first 5 per route)', samples);

    // Sign-in rate limit over HTTP, on the real build: a fresh account, 11 attempts in a row.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await fetch(`${app.url}/api/auth/callback/demo`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: `nobody-${fixtures.tag}@bench.local`, csrfToken: 'x' }) });
      statuses.push(response.status);
    }
    ctx.table('Sign-in rate limit over HTTP (11 attempts, one account, one address)', [{ 'attempts let through': statuses.filter((s) => s !== 429).length, '429': statuses.filter((s) => s === 429).length, last: statuses.at(-1)! }]);

    const memory = processMemory(app.child.pid!);
    await app.stop();
    ctx.table('App process memory after the run (Linux /proc; the page cache is bounded by PAGE_CACHE_MB, 64 by default)', [
      { 'RSS MB': memory.rssMb, 'peak RSS MB': memory.peakMb, 'page cache (from the server log at exit)': app.log.find((line) => line.startsWith('[page-cache] since start'))?.replace('[page-cache] since start: ', '') ?? '–' },
    ]);
    const checks = await checkConsistency(pool, fixtures, tally);
    ctx.table('Consistency after the run (expected = what the clients were told)', checks.map((c) => ({ ...c, ok: checkOk(c) ? 'yes' : 'NO' })));
    const invariants = await checkInvariants(pool);
    ctx.table('Invariants on the whole database (offending rows)', invariants.map((i) => ({ ...i, ok: i.offending === 0 ? 'yes' : 'NO' })));
    const unexpected = app.log.filter((line) => line.includes('unexpected error')).length;
    const firstUnexpected = app.log.findIndex((line) => line.includes('unexpected error'));
    if (firstUnexpected >= 0) console.log(`\nFirst unexpected server error:\n${app.log.slice(firstUnexpected, firstUnexpected + 12).join('\n')}`);
    const inconsistencies = checks.filter((c) => !checkOk(c)).length + invariants.filter((i) => i.offending > 0).length;
    ctx.table('Load test verdict', [{ 'server-side unexpected errors': unexpected, 'client errors': [...readOnly, ...mixed].reduce((n, s) => n + s.errors + s.socketErrors, 0), inconsistencies }]);
  } finally {
    await app.stop();
    await pool.end();
    await disconnectDb();
    process.env.DATABASE_URL = previousUrl;
    if (process.env.LOAD_KEEP_DB !== '1') await dropDatabase(ctx.databaseUrl, name);
    else console.log(`Kept database ${url}`);
  }
}
