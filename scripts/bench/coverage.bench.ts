// Coverage at scale (1,000 components x 20 platforms x 2,000 teams, the shared large data set):
// server time of the matrix and gap page data functions and of the JSON API route handlers, p50/p95,
// with the ratio to the bare SQL aggregate they are built on; then the rendered /coverage and
// /coverage/gaps pages over HTTP from the production server (standalone build), with the cache off
// (CACHE_MAX_MB=0: every render computes its data) and on. Targets (not asserted): page p95 < 200 ms,
// API p95 < 100 ms, every page and route within 3x the bare SQL.
import fs from 'node:fs';
import pg from 'pg';
import type { BenchContext } from './index';
import { LARGE_DEFAULTS, openLargeDataset } from './seed-large';
import { RUNS, SERVER_WARMUP, time, WARMUP } from './timing';


// The aggregates every view rests on (lib/coverage/load-coverage-input.ts, loadTallies, unfiltered),
// straight through node-postgres, side by side on two connections: the floor for the ratios.
const BARE_SQL = [
  `SELECT cm."componentId", cm."platformId", count(*)::int AS teams
   FROM "Commitment" cm JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL GROUP BY 1, 2`,
  `SELECT "componentId", count(*)::int AS teams
   FROM (SELECT DISTINCT cm."componentId", cm."teamId" FROM "Commitment" cm JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL) pairs
   GROUP BY 1`,
];

// GET /api/v1/coverage and its CSV list the committed teams' names in every cell, not counts: their own floor
// is the names aggregate (lib/coverage/load-cell-team-names.ts) beside the catalogue (load-coverage-input.ts).
const BARE_DETAIL_SQL = [
  `SELECT cm."componentId", cm."platformId", array_agg(t.name) AS teams
   FROM "Commitment" cm JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL GROUP BY 1, 2`,
  `SELECT c.id, c.name, c.capability::text AS capability, c."retiredAt", s.id AS "stackId", s.slug, s.name AS "stackName", tp.name AS provider,
     (SELECT array_agg(cp."platformId") FROM "ComponentPlatform" cp WHERE cp."componentId" = c.id) AS "platformIds"
   FROM "Component" c JOIN "Stack" s ON s.id = c."stackId" JOIN "TechnologyProvider" tp ON tp.id = s."providerId"`,
];

export async function run(ctx: BenchContext): Promise<void> {
  const { url, db, summary, reused } = await openLargeDataset(ctx.databaseUrl, LARGE_DEFAULTS);
  console.log(`Data set ${reused ? 'reused' : `seeded in ${summary.ms} ms`}: ${summary.components} components, ${summary.platforms} platforms, ${summary.teams} teams, ${summary.commitments} commitments`);

  // Imported after openLargeDataset pointed DATABASE_URL (and the app's db) at the bench database.
  const { NextRequest } = await import('next/server');
  const { createApiToken } = await import('../../lib/auth/api-tokens');
  const { getCoverageMatrixPage } = await import('../../lib/coverage/get-coverage-matrix');
  const { getCoverageGaps } = await import('../../lib/coverage/get-coverage-gaps');
  const coverageRoute = await import('../../app/api/v1/coverage/route');
  const summaryRoute = await import('../../app/api/v1/coverage/summary/route');
  const gapsRoute = await import('../../app/api/v1/coverage/gaps/route');
  const teamsRoute = await import('../../app/api/v1/coverage/teams/route');

  const email = `coverage-bench-${Date.now()}@bench.local`;
  const user = await db.user.create({ data: { email, name: 'Coverage bench' } });
  const { token } = await createApiToken({ id: user.id, label: email }, user.id, 'coverage bench');
  const stack = await db.stack.findFirstOrThrow({ where: { slug: { startsWith: LARGE_DEFAULTS.prefix.toLowerCase() } }, select: { slug: true } });
  const cell = await db.commitment.findFirstOrThrow({ select: { componentId: true, platformId: true } });

  type Handler = (request: InstanceType<typeof NextRequest>, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const callApi = (handler: Handler, path: string) => async () => {
    const response = await handler(new NextRequest(`http://bench.local${path}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const bare = await time(() => Promise.all(BARE_SQL.map((sql) => pool.query(sql))));
    const bareDetail = await time(() => Promise.all(BARE_DETAIL_SQL.map((sql) => pool.query(sql))));
    const detail = new Set(['GET /api/v1/coverage', 'GET /api/v1/coverage?format=csv']);
    const cases: [string, string, () => Promise<unknown>][] = [
      ['page', 'matrix page data, no filter, page 1', () => getCoverageMatrixPage({}, 1, false)],
      ['page', `matrix page data, stack=${stack.slug}`, () => getCoverageMatrixPage({ stack: stack.slug }, 1, false)],
      ['page', 'gap list data, page 1', () => getCoverageGaps({}, 1)],
      ['api', 'GET /api/v1/coverage', callApi(coverageRoute.GET as Handler, '/api/v1/coverage')],
      ['api', 'GET /api/v1/coverage/summary', callApi(summaryRoute.GET as Handler, '/api/v1/coverage/summary')],
      ['api', 'GET /api/v1/coverage/gaps', callApi(gapsRoute.GET as Handler, '/api/v1/coverage/gaps')],
      ['api', 'GET /api/v1/coverage?format=csv', callApi(coverageRoute.GET as Handler, '/api/v1/coverage?format=csv')],
      ['api', 'GET /api/v1/coverage/teams (one cell)', callApi(teamsRoute.GET as Handler, `/api/v1/coverage/teams?component=${cell.componentId}&platform=${cell.platformId}`)],
    ];
    const rows: Record<string, string | number>[] = [
      { kind: 'sql', what: 'bare GROUP BY aggregate (pg)', p50_ms: bare.p50.toFixed(1), p95_ms: bare.p95.toFixed(1), x_bare_p95: '1.0', x_own_bare_p95: '', target_ms: '', ok: '' },
      { kind: 'sql', what: 'bare names aggregate + catalogue (pg)', p50_ms: bareDetail.p50.toFixed(1), p95_ms: bareDetail.p95.toFixed(1), x_bare_p95: (bareDetail.p95 / bare.p95).toFixed(1), x_own_bare_p95: '1.0', target_ms: '', ok: '' },
    ];
    for (const [kind, what, fn] of cases) {
      const t = await time(fn);
      const target = kind === 'page' ? 200 : 100;
      const own = detail.has(what) ? (t.p95 / bareDetail.p95).toFixed(1) : '';
      rows.push({ kind, what, p50_ms: t.p50.toFixed(1), p95_ms: t.p95.toFixed(1), x_bare_p95: (t.p95 / bare.p95).toFixed(1), x_own_bare_p95: own, target_ms: `< ${target}`, ok: t.p95 < target ? 'yes' : 'NO' });
    }
    if (process.env.BENCH_SKIP_SERVER !== '1' && fs.existsSync('.next/standalone/server.js')) {
      const { startApp, signInCookie } = await import('./load/app-server');
      for (const [mode, cacheMb] of [['cache off', '0'], ['cache on', '64']] as const) {
        const app = await startApp(url, { CACHE_MAX_MB: cacheMb });
        try {
          const cookie = await signInCookie(app.url, email);
          for (const [path, headers] of [['/coverage', {}], ['/coverage', { rsc: '1' }], ['/coverage/gaps', {}], ['/coverage/gaps', { rsc: '1' }], ['/api/v1/coverage', {}], ['/api/v1/coverage?format=csv', {}]] as const) {
            const load = async () => {
              const response = await fetch(`${app.url}${path}`, { headers: { cookie, ...headers } });
              if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
              await response.arrayBuffer();
            };
            const t = await time(load, SERVER_WARMUP);
            const api = path.startsWith('/api/');
            const what = api ? `GET ${path} over HTTP, ${mode}` : `${path} page over HTTP${'rsc' in headers ? ' (RSC navigation)' : ''}, ${mode}`;
            const target = api ? 100 : 200;
            const own = api ? (t.p95 / bareDetail.p95).toFixed(1) : '';
            rows.push({ kind: api ? 'api' : 'page', what, p50_ms: t.p50.toFixed(1), p95_ms: t.p95.toFixed(1), x_bare_p95: (t.p95 / bare.p95).toFixed(1), x_own_bare_p95: own, target_ms: `< ${target}`, ok: t.p95 < target ? 'yes' : 'NO' });
          }
        } finally {
          await app.stop();
        }
      }
    } else {
      console.log('No standalone build (npm run build) or BENCH_SKIP_SERVER=1: rendered pages skipped.');
    }
    ctx.table(`Coverage server time, ${RUNS} runs after ${WARMUP} warm-ups (${SERVER_WARMUP} over HTTP) (targets: page p95 < 200 ms, API p95 < 100 ms)`, rows);
  } finally {
    await pool.end();
    await db.apiToken.deleteMany({ where: { userId: user.id } });
    await db.user.delete({ where: { id: user.id } });
  }
}
