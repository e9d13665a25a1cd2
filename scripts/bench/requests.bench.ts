// What each request of a recorded browser session costs on its own: the production standalone server on the
// demo data plus the large data set (seed-large.ts), an idle machine, one request at a time. Chromium sessions
// of a coordinator, a manager and an EA member are recorded as the load bench records them
// (load/record-browser.ts); each distinct request is then sent 8 times with the browser's headers and the
// median of the last 6 is printed with its size, then the sums per role and kind of request (document, client
// navigation, prefetch). Where the load bench says how many requests a second the server holds, this says
// where a session's server time goes.
//   npm run bench -- requests          (LOAD_SKIP_BUILD=1 reuses .next, as the load bench does)
import type { BenchContext } from './index';
import { openBenchDatabase, signInCookie, startApp } from './load/app-server';
import { ROLE_SCRIPTS, recordBrowserSessions } from './load/record-browser';
import { LARGE_DEFAULTS, seedLargeDataset } from './seed-large';
import { percentile } from './timing';

const REPEATS = 8;
const DISCARDED = 2; // the first answers of a request warm its code path and its cache entry

export async function run(ctx: BenchContext): Promise<void> {
  const database = await openBenchDatabase(ctx.databaseUrl, 'ea_requests');
  const { url, db } = database;
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await seedLargeDataset(db, { ...LARGE_DEFAULTS, prefix: 'LD' });
    await db.$executeRawUnsafe('ANALYZE');
    app = await startApp(url, { CACHE_MAX_MB: '64' });
    const base = app.url;
    const recorded = await recordBrowserSessions(base, (email) => signInCookie(base, email), ROLE_SCRIPTS);
    const rows: Record<string, string | number>[] = [];
    const sums = new Map<string, { requests: number; ms: number }>();
    for (const [role, requests] of recorded) {
      const cookie = await signInCookie(base, ROLE_SCRIPTS.find((script) => script.role === role)!.email);
      const seen = new Set<string>();
      for (const request of requests) {
        if (request.kind === 'other' || request.method !== 'GET') continue;
        const segment = request.headers['next-router-segment-prefetch'] ?? '';
        const key = `${request.kind} ${request.path} ${segment}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < REPEATS; i++) {
          const started = performance.now();
          const response = await fetch(`${base}${request.path}`, { headers: { ...request.headers, cookie } });
          bytes = (await response.arrayBuffer()).byteLength;
          if (!response.ok) throw new Error(`${request.path}: HTTP ${response.status}`);
          if (i >= DISCARDED) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const ms = percentile(times, 0.5);
        rows.push({ role, kind: request.kind, path: request.path.replace(/[?&]_rsc=[^&]*/, ''), segment, KB: (bytes / 1024).toFixed(0), p50_ms: ms.toFixed(1) });
        const sum = sums.get(`${role}\t${request.kind}`) ?? { requests: 0, ms: 0 };
        sums.set(`${role}\t${request.kind}`, { requests: sum.requests + 1, ms: sum.ms + ms });
      }
    }
    ctx.table(`Each distinct request of the recorded sessions alone (median of ${REPEATS - DISCARDED} after ${DISCARDED})`, rows);
    ctx.table('Server time of one pass over each session, by kind of request', [...sums].map(([key, sum]) => {
      const [role, kind] = key.split('\t');
      return { role: role!, kind: kind!, requests: sum.requests, total_ms: sum.ms.toFixed(0), mean_ms: (sum.ms / sum.requests).toFixed(1) };
    }));
  } finally {
    await app?.stop();
    await database.close();
  }
}
