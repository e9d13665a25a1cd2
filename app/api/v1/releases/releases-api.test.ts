// The releases JSON API through its route handlers, authenticated with real API tokens: submit,
// list, read, and item transitions with the same permission checks and errors as the pages.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import { makeCatalog, makeUser } from '@/lib/releases/test-fixtures';
import { GET as releaseHistory } from './[number]/history/route';
import { GET as getItem } from './[number]/items/[itemId]/route';
import { GET as getOne } from './[number]/route';
import { POST as transition } from './[number]/items/[itemId]/transition/route';
import { GET as list, POST as submit } from './route';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

const call = <P extends Record<string, string>>(handler: Handler<P>, path: string, token: string, opts: { body?: unknown; raw?: string; params?: P; headers?: Record<string, string> } = {}) =>
  handler(
    new NextRequest(`http://localhost${path}`, {
      method: opts.body !== undefined || opts.raw !== undefined ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...opts.headers },
      body: opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
    }),
    { params: Promise.resolve(opts.params ?? ({} as P)) },
  );

async function tokenFor(groups: string[]) {
  const user = await makeUser([], groups);
  return (await createApiToken({ id: user.id, label: user.email }, user.id, 'releases api test')).token;
}

let catalog: Awaited<ReturnType<typeof makeCatalog>>;
const tokens = { provider: '', verifier: '' };

beforeAll(async () => {
  catalog = await makeCatalog();
  tokens.provider = await tokenFor(['technology-providers']);
  tokens.verifier = await tokenFor(['sw-rel-verifiers']);
});

const body = (over: Record<string, unknown> = {}) => ({
  stack: catalog.stack.slug,
  product: catalog.component.name,
  umdMajor: 'EMI-1.0',
  productVersion: '3.1.0-1',
  type: 'MINOR',
  security: true,
  releaseNotes: 'New <script>alert(1)</script> feature.',
  packages: { 'SL5 x86_64': 'a-3.1.0-1.rpm\nb-3.1.0-1.rpm' },
  ...over,
});

describe('releases API', () => {
  it('submits, lists, reads and moves a release item', async () => {
    const created = await call(submit, '/api/v1/releases', tokens.provider, { body: body() });
    expect(created.status).toBe(201);
    const release = await created.json();
    expect(release).toMatchObject({ product: catalog.component.name, security: true, releaseNotes: 'New <script>alert(1)</script> feature.' });
    expect(release.items).toEqual([expect.objectContaining({ platform: 'SL5 x86_64', state: 'UNVERIFIED', version: 1, packages: ['a-3.1.0-1.rpm', 'b-3.1.0-1.rpm'] })]);

    const listed = await (await call(list, `/api/v1/releases?stack=${catalog.stack.slug}&state=UNVERIFIED&type=MINOR`, tokens.verifier)).json();
    expect(listed.data.map((r: { number: number }) => r.number)).toEqual([release.number]);
    expect(listed.data[0]).toEqual(release); // the same object as the detail (and the 201 answer)
    const none = await (await call(list, `/api/v1/releases?stack=${catalog.stack.slug}&state=PRODUCTION`, tokens.verifier)).json();
    expect(none).toMatchObject({ total: 0, data: [] });
    const searched = await (await call(list, `/api/v1/releases?q=${catalog.component.name.toLowerCase()}&perPage=1&sort=number&dir=asc`, tokens.verifier)).json();
    expect(searched).toMatchObject({ total: 1, perPage: 1, data: [{ number: release.number }] });
    // Strict: what the page would drop is a 400 naming the allowed values, never a silently different list.
    const junk = await call(list, '/api/v1/releases?state=NOPE&perPage=100000&page=-3', tokens.verifier);
    expect(junk.status).toBe(400);
    const junkBody = await junk.json();
    expect(junkBody.fieldErrors).toEqual({
      state: [expect.stringMatching(/^state must be one of: .*STAGED_ROLLOUT/)],
      perPage: ['perPage must be a whole number from 1 to 100.'],
      page: ['page must be a whole number from 1.'],
    });

    const item = release.items[0];
    const params = { number: String(release.number), itemId: item.id };
    const path = `/api/v1/releases/${release.number}/items/${item.id}/transition`;
    const forbidden = await call(transition, path, tokens.provider, { body: { to: 'IN_VERIFICATION', expectedVersion: 1 }, params });
    expect(forbidden.status).toBe(403);
    const started = await call(transition, path, tokens.verifier, { body: { to: 'IN_VERIFICATION', expectedVersion: 1 }, params });
    expect(await started.json()).toMatchObject({ state: 'IN_VERIFICATION', version: 2 });
    const stale = await call(transition, path, tokens.verifier, { body: { to: 'IN_VERIFICATION', expectedVersion: 1 }, params });
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toContain('changed since you loaded the page');
    const noReport = await call(transition, path, tokens.verifier, { body: { to: 'STAGED_ROLLOUT', expectedVersion: 2 }, params });
    expect(noReport.status).toBe(400);
    expect((await noReport.json()).fieldErrors.reportUrl).toBeDefined();
    const outcome = await call(transition, path, tokens.verifier, { body: { to: 'PRODUCTION', expectedVersion: 2 }, params });
    expect(outcome.status).toBe(400);
    const staged = await call(transition, path, tokens.verifier, {
      body: { to: 'STAGED_ROLLOUT', expectedVersion: 2, reportUrl: 'https://verify.example.org/1' },
      params,
    });
    expect(await staged.json()).toMatchObject({ state: 'STAGED_ROLLOUT', rollout: { title: `Staged Rollout EMI-1.0 ${catalog.component.name} 3.1.0-1 SL5 x86_64` } });

    const detail = await (await call(getOne, `/api/v1/releases/${release.number}`, tokens.provider, { params: { number: String(release.number) } })).json();
    expect(detail.items[0]).toMatchObject({ state: 'STAGED_ROLLOUT', verificationReportUrl: 'https://verify.example.org/1', rollout: { status: 'NEW', owner: null } });
  });

  it('gives releases and items an ETag, honours If-None-Match, and refuses a transition under a stale If-Match with 412', async () => {
    const own = await makeCatalog(); // a product of its own: a second release of one product would need a cadence override
    const release = await (await call(submit, '/api/v1/releases', tokens.provider, { body: body({ stack: own.stack.slug, product: own.component.name }) })).json();
    const params = { number: String(release.number), itemId: release.items[0].id };
    const itemPath = `/api/v1/releases/${release.number}/items/${params.itemId}`;
    const read = await call(getItem, itemPath, tokens.verifier, { params });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(await read.json()).toMatchObject({ id: params.itemId, state: 'UNVERIFIED', version: 1, release: { number: release.number } });
    expect((await call(getItem, itemPath, tokens.verifier, { params, headers: { 'if-none-match': etag } })).status).toBe(304);
    const releaseRead = await call(getOne, `/api/v1/releases/${release.number}`, tokens.verifier, { params: { number: String(release.number) } });
    expect(releaseRead.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);

    // If-Match alone stands for expectedVersion; the item's ETag then changes, and the old one is refused.
    const moved = await call(transition, `${itemPath}/transition`, tokens.verifier, { body: { to: 'IN_VERIFICATION' }, params, headers: { 'if-match': etag } });
    expect(await moved.json()).toMatchObject({ state: 'IN_VERIFICATION', version: 2 });
    const stale = await call(transition, `${itemPath}/transition`, tokens.verifier, { body: { to: 'STAGED_ROLLOUT', expectedVersion: 2, reportUrl: 'https://v.example.org/2' }, params, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ error: 'precondition_failed', message: expect.stringContaining('changed since you read it') });
    expect(await (await call(getItem, itemPath, tokens.verifier, { params })).json()).toMatchObject({ state: 'IN_VERIFICATION', version: 2 });
    const history = await (await call(releaseHistory, `/api/v1/releases/${release.number}/history`, tokens.provider, { params: { number: String(release.number) } })).json();
    expect(history.data[0]).toMatchObject({ entityType: 'ReleaseItem', entityId: params.itemId }); // newest first: the move
    expect(history.data.map((entry: { entityType: string }) => entry.entityType)).toContain('Release'); // and the submission
  });

  it('answers 4xx JSON with a reason for bad input, unknown names and unknown releases', async () => {
    const missing = await call(submit, '/api/v1/releases', tokens.provider, { body: body({ productVersion: undefined, umdMajor: 'EMI 1.0' }) });
    expect(missing.status).toBe(400);
    const errors = (await missing.json()).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['productVersion', 'umdMajor']);
    expect((await call(submit, '/api/v1/releases', tokens.provider, { raw: '{not json' })).status).toBe(400);
    const unknown = await call(submit, '/api/v1/releases', tokens.provider, { body: body({ product: 'NOPE' }) });
    expect(await unknown.json()).toMatchObject({ fieldErrors: { product: ['Unknown product "NOPE" in this stack.'] } });
    expect((await call(submit, '/api/v1/releases', tokens.verifier, { body: body({ productVersion: '9.9.9' }) })).status).toBe(403);
    expect((await call(getOne, '/api/v1/releases/99999999', tokens.provider, { params: { number: '99999999' } })).status).toBe(404);
    expect((await call(getOne, '/api/v1/releases/abc', tokens.provider, { params: { number: 'abc' } })).status).toBe(404);
    expect((await call(list, '/api/v1/releases', 'eat_bad')).status).toBe(401);
  });
});
