// Property: every route handler (app/**/route.ts: the JSON API, CSV exports, feeds, unsubscribe,
// inbound mail), called with crafted requests — hostile path parameters, query strings, JSON, raw,
// form and multipart bodies, oversized bodies, wrong content types, real and bogus tokens — answers
// 2xx/3xx, or 4xx with a reason (JSON `message` on the API, text elsewhere); never a 5xx.
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_TRANSITIONS } from '@/lib/rollout/api-transitions';
import { importModule, routeModules, routePath, schemaModules } from './support/discover';
import { expectReason } from './support/expect-reason';
import { hostileEntries, hostileJson, hostileString, runs } from './support/hostile';
import { isZodSchema, schemaKeys } from './support/schema-keys';
import { type FuzzWorld, makeFuzzWorld } from './support/world';
import { withoutUnexpectedErrors } from './support/no-unexpected-errors';

const INBOUND_SECRET = 'fuzz-inbound-secret-0123456789';
vi.stubEnv('INBOUND_MAIL_SECRET', INBOUND_SECRET);
vi.stubEnv('RATE_LIMIT_TOKEN_PER_MINUTE', '0'); // thousands of calls a minute with one token here

const RUNS = runs(60);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let world: FuzzWorld;
let fieldKeys: string[] = [];
let tried = 0;

beforeAll(async () => {
  world = await makeFuzzWorld();
  const keys = new Set(['page', 'perPage', 'pageSize', 'sort', 'dir', 'q', 'format', 'stack', 'team', 'state', 'status', 'year', 'from', 'to', 'component', 'platform']);
  for (const file of schemaModules()) {
    for (const value of Object.values(await importModule(file))) if (isZodSchema(value)) schemaKeys(value).forEach((key) => keys.add(key));
  }
  fieldKeys = [...keys];
});

/** Real values for each dynamic segment, so some requests reach real rows. */
function realParams(name: string): string[] {
  const w = world;
  switch (name) {
    case 'number':
      return [String(w.rollout.number), String(w.release.number)];
    case 'transition':
      return [...Object.keys(API_TRANSITIONS), 'report'];
    case 'itemId':
      return [w.release.items[0]!.id];
    case 'reportId':
      return [w.report.id];
    case 'name':
      return [w.team.team.name, w.team.team.id];
    case 'ngi':
      return [w.team.ngi.code, w.team.ngi.name];
    case 'stack':
      return [w.stack.slug, w.stack.id];
    case 'component':
      return [w.component.name, `${w.stack.slug}/${w.component.name}`];
    case 'user':
      return [w.team.member!.email];
    case 'table':
      return ['table1.csv', 'table2', 'table3.csv'];
    case 'file':
      return [`${w.team.team.name}.ics`, `${w.stack.slug}.rss`, `${w.stack.slug}.atom`];
    default:
      return ['x'];
  }
}

const REPORT_BYTES = [new TextEncoder().encode('A fine report.\n'), new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), new TextEncoder().encode('%PDF-1.4 fake')];

function requestArbitrary(routePathTemplate: string, params: string[], method: string) {
  const param = (name: string) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...realParams(name)) }, { weight: 2, arbitrary: hostileString });
  const body = fc.oneof(
    fc.record({ kind: fc.constant('json' as const), value: fc.oneof(fc.dictionary(fc.constantFrom(...fieldKeys, 'teamId', 'team'), hostileJson, { maxKeys: 6 }), hostileJson) }),
    fc.record({ kind: fc.constant('raw' as const), value: hostileString, type: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '') }),
    fc.record({ kind: fc.constant('multipart' as const), entries: hostileEntries([...fieldKeys, 'team']), file: fc.option(fc.record({ name: hostileString.filter((n) => n.length < 300), bytes: fc.constantFrom(...REPORT_BYTES) })) }),
    fc.constant({ kind: 'none' as const }),
  );
  return fc.record({
    params: fc.tuple(...params.map(param)),
    query: hostileEntries(fieldKeys),
    body: method === 'GET' ? fc.constant({ kind: 'none' as const }) : body,
    auth: fc.constantFrom('power', 'power', 'power', 'member', 'none', 'garbage', 'malformed'),
    inbound: fc.boolean(),
  }).map((r) => ({ ...r, template: routePathTemplate }));
}

function buildRequest(method: string, template: string, names: string[], r: ReturnType<typeof requestArbitrary> extends fc.Arbitrary<infer T> ? T : never): { request: NextRequest; params: Record<string, string> } {
  // A decoded URL segment is always well-formed Unicode (invalid UTF-8 becomes U+FFFD).
  const params = Object.fromEntries(names.map((name, i) => [name, r.params[i]!.toWellFormed()]));
  let path = template;
  for (const name of names) path = path.replace(new RegExp(`\\[+\\.{0,3}${name}\\]+`), encodeURIComponent(params[name]!));
  const url = new URL(`http://localhost${path}`);
  for (const [key, value] of r.query) url.searchParams.append(key, value.slice(0, 4000));
  const headers = new Headers();
  const auth = { power: `Bearer ${world.powerToken}`, member: `Bearer ${world.memberToken}`, garbage: 'Bearer eat_nope', malformed: 'Basic Zm9vOmJhcg==', none: '' }[r.auth];
  if (auth) headers.set('authorization', auth);
  if (r.inbound) headers.set('x-inbound-mail-secret', INBOUND_SECRET);
  let body: BodyInit | undefined;
  if (r.body.kind === 'json') {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(r.body.value);
  } else if (r.body.kind === 'raw') {
    if (r.body.type) headers.set('content-type', r.body.type);
    body = r.body.value;
  } else if (r.body.kind === 'multipart') {
    const form = new FormData();
    for (const [key, value] of r.body.entries) form.append(key, value);
    if (r.body.file) form.append('file', new File([r.body.file.bytes as BlobPart], r.body.file.name));
    body = form;
  }
  return { request: new NextRequest(url, { method, headers, body }), params };
}

describe('route handlers under hostile requests', async () => {
  const files = routeModules();
  const targets: { file: string; method: string; handler: Handler }[] = [];
  for (const file of files) {
    const mod = await importModule(file);
    for (const method of METHODS) if (typeof mod[method] === 'function') targets.push({ file, method, handler: mod[method] as Handler });
  }

  it('finds the route handlers (the scan works)', () => {
    expect(targets.map((t) => `${t.method} ${routePath(t.file).path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/rollouts/[number]/[transition]', 'POST /api/v1/rollouts/[number]/report', 'GET /api/v1/teams', 'POST /api/v1/releases']),
    );
  });

  for (const { file, method, handler } of targets) {
    const { path, params } = routePath(file);
    it(`${method} ${path}: 2xx/3xx or 4xx with a reason, never 5xx`, async () => {
      await withoutUnexpectedErrors(async () => {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(path, params, method), async (r) => {
            tried++;
            const { request, params: values } = buildRequest(method, path, params, r);
            const response = await handler(request, { params: Promise.resolve(values) });
            const where = `${method} ${request.nextUrl.pathname.slice(0, 200)}`;
            expect(response.status, `${where} -> ${response.status}: ${(await response.clone().text()).slice(0, 300)}`).toBeLessThan(500);
            if (response.status >= 400) await expectReason(response, where);
          }),
          { numRuns: RUNS },
        );
      });
    });
  }

  it('counts the requests tried', () => {
    console.log(`[fuzz] routes: ${targets.length} handlers x ${RUNS} runs = ${tried} requests, 0 answered 5xx`);
    expect(tried).toBeGreaterThanOrEqual(targets.length * RUNS);
  });
});
