// Load test of the production build (`npm run build`, the standalone server as the README runs it, on
// 127.0.0.1) on a PostgreSQL server holding the demo data plus the large data set (seed-large.ts: 2,000
// teams, 1,000 components, 20 platforms): signed-in readers (coordinators, managers, EA members) replaying
// their roles' sessions as Chromium sent them (load/record-browser.ts: document loads, client navigations as
// RSC requests, link prefetches, in the recorded order and proportions, with the browser's own headers) and
// the API, while EA members reply and log findings and managers invite and close, for LOAD_SECONDS (default
// 30) per phase. The same run three times, each on fresh server processes: with the cache (lib/cache,
// CACHE_MAX_MB=64), without it (CACHE_MAX_MB=0), and with the cache on two instances sharing the database
// (one Node.js process per core), printed side by side with req/s, p95, errors and the processes' memory;
// then the database is checked against what the clients were told (scripts/bench/load/consistency.ts) and
// the always-true invariants. Before phase 1, each server's ceiling: the same connections sending only the
// sessions' prefetches, then only a static file. `npm run bench -- requests` shows what each request of the sessions costs alone.
// Targets on a 2-core machine: >= 300 req/s at p95 < 100 ms, 0 errors, 0 inconsistencies, <= 600 MB.
//   npm run bench -- load        LOAD_SKIP_BUILD=1 reuses .next; LOAD_KEEP_DB=1 keeps the database;
//                                LOAD_QUICK=1: 5 s phases on a small data set (checks the bench runs end to end)
import fs from 'node:fs';
import pg from 'pg';
import type { BenchContext } from './index';
import { openBenchDatabase, signInCookie, startApp } from './load/app-server';
import { checkConsistency, checkOk } from './load/consistency';
import { createLoadFixtures } from './load/fixtures';
import { checkInvariants } from './load/invariants';
import { type RouteStats, runRoutes, statsRow } from './load/run-routes';
import { ROLE_SCRIPTS, recordBrowserSessions } from './load/record-browser';
import { newTally, readRoutes, writeRoutes } from './load/scenarios';
import { LARGE_DEFAULTS, seedLargeDataset } from './seed-large';
import { percentile } from './timing';

const QUICK = process.env.LOAD_QUICK === '1';
const SECONDS = Number(process.env.LOAD_SECONDS ?? (QUICK ? 5 : 30));
const LARGE = QUICK ? { teams: 200, components: 100, platforms: 20, commitments: 2_000, rollouts: 50 } : LARGE_DEFAULTS;
/** The users whose sessions replay each role's recording. */
const READERS: Record<string, string[]> = {
  coordinator: ['coordinator@demo.local', 'coordinator2@demo.local'],
  manager: ['manager-arc@demo.local', 'manager-glite@demo.local'],
  'EA member': ['member@ea-pt-lip-lisbon.demo.local'],
};
const RATES = { reply: 15, finding: 10, invite: 5, close: 2 };
/** The ceiling runs (before phase 1): what the same server holds when it only answers its cheapest requests. */
const CEILING_SECONDS = QUICK ? 3 : 10;

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

function prefixed(prefix: string, row: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'read pages').map(([key, value]) => [`${prefix}: ${key}`, value]));
}

function readSummary(stats: RouteStats[], seconds = SECONDS): Record<string, string | number> {
  const pages = stats.filter((s) => s.name.endsWith('(page)'));
  const all = pages.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = pages.reduce((n, s) => n + s.requests, 0);
  const rate = requests / seconds;
  const p95 = percentile(all, 0.95);
  const errors = pages.reduce((n, s) => n + s.errors + s.socketErrors, 0);
  return { 'read pages': pages.length, requests, 'req/s': rate.toFixed(1), p95_ms: p95.toFixed(0), errors, 'target (>=300 req/s, p95<100, 0 errors)': rate >= 300 && p95 < 100 && errors === 0 ? 'met' : 'NOT met' };
}

export async function run(ctx: BenchContext): Promise<void> {
  const database = await openBenchDatabase(ctx.databaseUrl, 'ea_load');
  const { url, db } = database;
  const started = Date.now();
  const large = await seedLargeDataset(db, { ...LARGE, prefix: 'LD' });
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`Large data set in ${large.ms} ms: ${large.teams} teams, ${large.components} components, ${large.platforms} platforms, ${large.commitments} commitments, ${large.rollouts} rollouts`);
  const fixtures = await createLoadFixtures(db, { teams: 30, replyRollouts: 20, findingRollouts: 5, inviteRollouts: 25, resolveRollouts: Math.ceil(RATES.close * SECONDS * 3.6) + 5, coordinatorTokens: 40 });
  console.log(`Fixtures in ${Date.now() - started} ms: ${fixtures.teams.length} teams, ${fixtures.reply.length + fixtures.finding.length + fixtures.invite.length + fixtures.close.length} open rollouts`);

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const tally = newTally();
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];
  const summary: Record<string, string | number>[] = [];
  const allStats: RouteStats[] = [];
  let recorded: Awaited<ReturnType<typeof recordBrowserSessions>> | undefined;
  try {
    // The same run three times, each on fresh server processes: with the cache, without it, and with the cache on
    // two instances of the app sharing the database (the README's production layout on a two-core machine:
    // Node renders on one core per process), the clients shared out between them as a round-robin balancer would.
    const modes = [
      { mode: 'cache on', cacheMb: '64', instances: 1 },
      { mode: 'cache off', cacheMb: '0', instances: 1 },
      { mode: 'cache on, 2 instances', cacheMb: '64', instances: 2 },
    ];
    for (const { mode, cacheMb, instances } of modes) {
      const running = [];
      for (let i = 0; i < instances; i++) running.push(await startApp(url, { CACHE_MAX_MB: cacheMb }));
      apps.push(...running);
      const app = running[0]!;
      const urls = running.map((r) => r.url);
      const sessionsByRole = new Map<string, string[]>();
      for (const [role, emails] of Object.entries(READERS)) sessionsByRole.set(role, await Promise.all(emails.map((email) => signInCookie(app.url, email))));
      sessionsByRole.get('coordinator')!.push(await signInCookie(app.url, fixtures.coordinatorEmail));
      // Recorded once, on the first server: the same build answers the same requests on the others.
      recorded ??= await recordBrowserSessions(app.url, (email) => signInCookie(app.url, email), ROLE_SCRIPTS);
      if (mode === 'cache on') ctx.table('Recorded browser sessions (requests replayed per role and kind)', [...recorded].map(([role, requests]) => ({ role, ...Object.fromEntries(['document', 'navigation', 'prefetch', 'other'].map((kind) => [kind, requests.filter((r) => r.kind === kind).length])) })));
      const connections = { role: 4, api: 2 };
      const reads = () => readRoutes(fixtures, recorded!, sessionsByRole, { connections });
      await runRoutes(urls, reads(), 5); // warm-up: first renders, JIT, connection pool
      // The ceiling, measured on the same server with the same readers' connections: only the sessions' link
      // prefetches (answered from the build's prerender, the cheapest requests of the mix) and only a static
      // file (Next's server with no proxy and no render). No mix of these requests can go faster than these.
      const readerConnections = connections.role * recorded.size;
      const prefetchesOnly = await runRoutes(urls, readRoutes(fixtures, recorded, sessionsByRole, { connections, only: ['prefetch'] }), CEILING_SECONDS);
      const staticOnly = await runRoutes(urls, [{ name: 'static file (page)', kind: 'read', connections: readerConnections, next: () => ({ method: 'GET', path: '/favicon.ico', headers: {} }) }], CEILING_SECONDS);
      ctx.table(`${mode} — ceiling: ${readerConnections} connections, ${CEILING_SECONDS} s each`, [...prefetchesOnly.map((stats) => statsRow({ ...stats, name: stats.name.replace('session', 'prefetches only') })), ...staticOnly.map(statsRow)]);
      const ceiling = (stats: RouteStats[]) => {
        const row = readSummary(stats, CEILING_SECONDS);
        return `${row['req/s']} req/s, p95 ${row.p95_ms} ms`;
      };

      const readOnly = await runRoutes(urls, reads(), SECONDS);
      ctx.table(`${mode} — phase 1: readers only, ${SECONDS} s (${readOnly.reduce((n, s) => n + s.requests, 0)} requests)`, readOnly.map(statsRow));
      const mixed = await runRoutes(urls, [...reads(), ...writeRoutes(fixtures, tally, RATES)], SECONDS);
      ctx.table(`${mode} — phase 2: readers and writers, ${SECONDS} s (writes paced: reply ${RATES.reply}/s, finding ${RATES.finding}/s, invite ${RATES.invite}/s, close ${RATES.close}/s)`, mixed.map(statsRow));
      for (const stats of mixed) if (stats.kind === 'write') tally.inFlight.set(stats.name, (tally.inFlight.get(stats.name) ?? 0) + stats.inFlight.length);
      allStats.push(...prefetchesOnly, ...staticOnly, ...readOnly, ...mixed);
      const memory = running.map((r) => processMemory(r.child.pid!)); // after the run, before stopping
      for (const r of running) await r.stop();
      const cacheLine = running.map((r) => r.log.find((line) => line.startsWith('[cache] since start'))?.replace('[cache] since start: ', '') ?? '–').join(' | ');
      summary.push({ mode, 'ceiling: prefetches only': ceiling(prefetchesOnly), 'ceiling: static file': ceiling(staticOnly), ...prefixed('readers only', readSummary(readOnly)), ...prefixed('with writers', readSummary(mixed)), 'RSS MB': memory.map((m) => m.rssMb).join(' + '), 'peak RSS MB': memory.map((m) => m.peakMb).join(' + '), cache: cacheLine });
    }
    ctx.table('Cache on and off, side by side (read pages: documents, RSC navigations and prefetches)', summary);
    const samples = allStats.flatMap((s) => s.samples.map((sample) => ({ route: s.name, response: sample })));
    if (samples.length) ctx.table('Unexpected responses (first 5 per route)', samples);

    const checks = await checkConsistency(pool, fixtures, tally);
    ctx.table('Consistency after the run (expected = what the clients were told)', checks.map((c) => ({ ...c, ok: checkOk(c) ? 'yes' : 'NO' })));
    const invariants = await checkInvariants(pool);
    ctx.table('Invariants on the whole database (offending rows)', invariants.map((i) => ({ ...i, ok: i.offending === 0 ? 'yes' : 'NO' })));
    const log = apps.flatMap((app) => app.log);
    const unexpected = log.filter((line) => line.includes('unexpected error')).length;
    const firstUnexpected = log.findIndex((line) => line.includes('unexpected error'));
    if (firstUnexpected >= 0) console.log(`\nFirst unexpected server error:\n${log.slice(firstUnexpected, firstUnexpected + 12).join('\n')}`);
    const inconsistencies = checks.filter((c) => !checkOk(c)).length + invariants.filter((i) => i.offending > 0).length;
    ctx.table('Load test verdict', [{ 'server-side unexpected errors': unexpected, 'client errors': allStats.reduce((n, s) => n + s.errors + s.socketErrors, 0), inconsistencies }]);
  } finally {
    for (const app of apps) await app.stop();
    await pool.end();
    await database.close();
  }
}
