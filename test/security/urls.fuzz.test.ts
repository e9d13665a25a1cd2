// Property: no address answers 5xx. For every route handler in the route tree (app/**/route.ts) and every
// one of its methods, raw request targets are generated over each dynamic segment and query parameter
// (malformed escapes, encoded NUL and control characters, overlong parts, out-of-range numbers, real
// values) and go the way the production server sends them: the URL guard of proxy.ts first
// (lib/http/url-guard.ts, a 400/404 with a reason), then, as Next.js does, the path segments decoded into
// the handler's params. Signed in (Bearer tokens of a staff user and of a team member) and signed out.
// Pages get the same addresses over HTTP in e2e/url-robustness.spec.ts.
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { malformedUrlReason } from '@/lib/http/url-guard';
import { API_TRANSITIONS } from '@/lib/rollout/api-transitions';
import { importModule, queryKeysInSource, routeModules, routePath } from './support/discover';
import { expectReason } from './support/expect-reason';
import { runs } from './support/hostile';
import { rawUrlArbitrary } from './support/url-arbitrary';
import { type FuzzWorld, makeFuzzWorld } from './support/world';
import { withoutUnexpectedErrors } from './support/no-unexpected-errors';

vi.stubEnv('INBOUND_MAIL_SECRET', 'urls-fuzz-inbound-secret');
vi.stubEnv('RATE_LIMIT_TOKEN_PER_MINUTE', '0');

/** Requests in all: enough for the target of 10,000 generated addresses, spread over the routes found. */
const TOTAL = 10_000;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let world: FuzzWorld;
const counts = { requests: 0, refusedByGuard: 0, handled: 0, elsewhere: 0, fiveHundreds: 0 };

beforeAll(async () => {
  world = await makeFuzzWorld();
});

function realParams(name: string): string[] {
  const w = world;
  const known: Record<string, string[]> = {
    number: [String(w.rollout.number), String(w.release.number)],
    transition: [...Object.keys(API_TRANSITIONS), 'report'],
    itemId: [w.release.items[0]!.id],
    reportId: [w.report.id],
    name: [w.team.team.name],
    table: ['table1.csv', 'table2'],
    file: [`${w.team.team.name}.ics`, `${w.stack.slug}.rss`, `${w.stack.slug}.atom`],
  };
  return known[name] ?? ['x'];
}

/** The handler's params as Next.js gives them: the path's segments at the template's dynamic places, decoded. */
function paramsOf(template: string, names: string[], pathname: string): Record<string, string> | null {
  const want = template.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null; // a decoded "/" or a dot segment sends it to another route
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const dynamic = /^\[+\.{0,3}(\w+)\]+$/.exec(want[i]!);
    if (dynamic) params[dynamic[1]!] = decodeURIComponent(got[i]!);
    else if (want[i] !== got[i]) return null;
  }
  return names.every((name) => name in params) ? params : null;
}

describe('every route under generated addresses', async () => {
  const queryKeys = queryKeysInSource();
  const targets: { path: string; params: string[]; method: string; handler: Handler }[] = [];
  for (const file of routeModules()) {
    const mod = await importModule(file);
    for (const method of METHODS) if (typeof mod[method] === 'function') targets.push({ ...routePath(file), method, handler: mod[method] as Handler });
  }

  const RUNS = runs(Math.ceil(TOTAL / targets.length));

  it('finds the routes and the query parameters (the scan works)', () => {
    expect(targets.map((t) => `${t.method} ${t.path}`)).toEqual(expect.arrayContaining(['GET /api/v1/teams/[name]', 'GET /feeds/teams/[file]', 'GET /unsubscribe/[token]']));
    expect(queryKeys).toEqual(expect.arrayContaining(['page', 'q', 'sort']));
  });

  for (const { path, params, method, handler } of targets) {
    it(`${method} ${path}: 400/404 from the guard or < 500 from the handler`, async () => {
      await withoutUnexpectedErrors(async () => {
        const auth = fc.constantFrom(`Bearer ${world.powerToken}`, `Bearer ${world.memberToken}`, '');
        await fc.assert(
          fc.asyncProperty(rawUrlArbitrary({ path, params }, queryKeys, realParams), auth, async (raw, authorization) => {
            counts.requests++;
            const reason = malformedUrlReason(raw);
            if (reason) {
              counts.refusedByGuard++;
              expect(reason).toMatch(/address|query string/);
              return;
            }
            const url = new URL(raw, 'http://localhost');
            const values = paramsOf(path, params, url.pathname);
            if (!values) {
              counts.elsewhere++;
              return;
            }
            counts.handled++;
            const headers = new Headers(authorization ? { authorization } : {});
            if (path.endsWith('inbound-mail')) headers.set('x-inbound-mail-secret', 'urls-fuzz-inbound-secret');
            const response = await handler(new NextRequest(url, { method, headers }), { params: Promise.resolve(values) });
            const where = `${method} ${raw.slice(0, 200)}`;
            if (response.status >= 500) counts.fiveHundreds++;
            expect(response.status, `${where} -> ${response.status}: ${(await response.clone().text()).slice(0, 300)}`).toBeLessThan(500);
            if (response.status >= 400) await expectReason(response, where);
          }),
          { numRuns: RUNS },
        );
      });
    }, 120_000); // about 300 requests; generous for a busy 2-core machine
  }

  it('reports the requests tried: at least 10,000, none answered 5xx', () => {
    console.log(
      `[fuzz] addresses: ${targets.length} route handlers x ${RUNS} = ${counts.requests} requests; ${counts.refusedByGuard} refused by the URL guard, ` +
        `${counts.handled} answered by the handler, ${counts.elsewhere} routed elsewhere; ${counts.fiveHundreds} answered 5xx`,
    );
    expect(counts.fiveHundreds).toBe(0);
    expect(counts.requests).toBe(targets.length * RUNS); // >= 10,000 unless FC_RUNS asks for fewer
    expect(counts.handled).toBeGreaterThan(counts.requests / 4); // most requests reach a handler, not just the guard
  });
});
