// GET/PUT /api/v1/coverage/target through the route handlers with real tokens: who may change it, the
// version and If-Match guards, and the audit row. The target is global: the test puts it back.
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { getCoverageTarget } from '@/lib/coverage/coverage-target';
import { setCoverageTarget } from '@/lib/coverage/set-coverage-target';
import { db } from '@/lib/db/client';
import { makeCoordinator, makeRolloutWorld, makeUserIn } from '@/lib/rollout/test-fixtures';
import { callRoute, tokenOf } from '@/test/authz/call-route';
import { GET, PUT } from './route';

let restore: number | null = null;

afterAll(async () => {
  if (restore === null) return;
  const now = await getCoverageTarget();
  await setCoverageTarget(await makeCoordinator(), { target: restore, version: now.version });
});

describe('/api/v1/coverage/target', () => {
  it('lets a coordinator change the target under its version or ETag, and refuses others and stale writes', async () => {
    const world = await makeRolloutWorld();
    const token = await tokenOf(world.coordinator);
    const read = await callRoute(GET, '/api/v1/coverage/target', { token });
    const before = await read.json();
    restore = before.target;
    const etag = read.headers.get('etag')!;
    const next = before.target === 3 ? 4 : 3;

    const nobody = await tokenOf(await makeUserIn([]));
    expect((await callRoute(PUT, '/api/v1/coverage/target', { token: nobody, method: 'PUT', body: { target: next, version: before.version } })).status).toBe(403);
    const invalid = await callRoute(PUT, '/api/v1/coverage/target', { token, method: 'PUT', body: { target: 0, version: before.version } });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).fieldErrors.target).toEqual(['At least 1 team.']);

    const unguarded = await callRoute(PUT, '/api/v1/coverage/target', { token, method: 'PUT', body: { target: next } });
    expect(unguarded.status).toBe(400); // neither a version nor If-Match
    const withEtag = await fetchPut(token, { target: next }, etag);
    expect(withEtag.status).toBe(200);
    expect(await withEtag.json()).toMatchObject({ target: next, version: before.version + 1 });
    expect((await fetchPut(token, { target: before.target }, etag)).status).toBe(412);
    expect((await callRoute(PUT, '/api/v1/coverage/target', { token, method: 'PUT', body: { target: before.target, version: before.version } })).status).toBe(409);
    expect((await getCoverageTarget()).target).toBe(next);
    expect(await db.auditEvent.findFirst({ where: { action: 'coverage.target.set', actorId: world.coordinator.id } })).toMatchObject({ after: { target: next } });
  });
});

function fetchPut(token: string, body: unknown, ifMatch: string) {
  return PUT(
    new NextRequest('http://localhost/api/v1/coverage/target', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': ifMatch }, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
}
