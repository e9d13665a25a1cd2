// The coverage JSON/CSV API through its route handlers, authenticated with a real API token.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import { commit, createComponent, createPlatform, createStack, createTeam,  } from '@/lib/coverage/coverage-fixtures';
import { uniqueTag } from '@/lib/seed/factories';
import { db } from '@/lib/db/client';
import { GET as gapsGet } from './gaps/route';
import { GET as coverageGet } from './route';
import { GET as summaryGet } from './summary/route';
import { GET as teamsGet } from './teams/route';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let token = '';
const call = (handler: Handler, path: string, bearer?: string) =>
  handler(new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${bearer ?? token}` } }), { params: Promise.resolve({}) });

const suffix = uniqueTag();

async function makeWorld() {
  const user = await db.user.create({ data: { email: `viewer-${suffix}@test.local`, name: 'Viewer' } });
  token = (await createApiToken({ id: user.id, label: user.email }, user.id, 'coverage test')).token;
  const stack = await createStack(suffix);
  const p1 = await createPlatform(`OSZ${suffix}`);
  const cream = await createComponent(stack.id, `CREAM-${suffix}`, [p1.id]);
  const wms = await createComponent(stack.id, `=WMS-${suffix}`, [p1.id], { capability: 'STORAGE' });
  const team = await createTeam('api', { contacts: ['ea@api.example'] });
  await commit(team.id, cream.id, p1.id);
  return { stack, p1, cream, wms, team };
}
let w: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  w = await makeWorld();
});

describe('GET /api/v1/coverage', () => {
  it('returns per component and platform the committed teams and status', async () => {
    const response = await call(coverageGet, `/api/v1/coverage?stack=${w.stack.slug}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.filter).toEqual({ stack: w.stack.slug });
    const cream = body.components.find((c: { id: string }) => c.id === w.cream.id);
    expect(cream).toMatchObject({ teams: 1, status: 'belowTarget', retired: false });
    expect(cream.platforms).toEqual([
      { id: w.p1.id, platform: `${w.p1.os} x86_64`, os: w.p1.os, arch: 'x86_64', shipped: true, teams: 1, status: 'belowTarget', committedTeams: [w.team.name] },
    ]);
  });

  it('exports CSV with formula protection', async () => {
    const response = await call(coverageGet, `/api/v1/coverage?stack=${w.stack.slug}&format=csv`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="coverage-matrix-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await response.text();
    expect(text).toContain(`,'=WMS-${suffix},STORAGE,no,Total,,0,missing,`);
    expect(text).toContain(`,CREAM-${suffix},COMPUTE,no,${w.p1.os} x86_64,yes,1,below target,${w.team.name}`);
  });

  it('answers 400 naming a malformed parameter, and 401 with a bad token', async () => {
    const bad = await call(coverageGet, '/api/v1/coverage?capability=teapot');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid', fieldErrors: { capability: ['Invalid value for "capability".'] } });
    expect((await call(coverageGet, '/api/v1/coverage', 'eat_not-a-real-token')).status).toBe(401);
  });

  it('is strict: an unknown parameter, stack, OS or option is a 400 naming what is allowed, never an empty answer', async () => {
    const answers = await Promise.all(
      ['/api/v1/coverage?stak=x', `/api/v1/coverage/summary?stack=no-such-${suffix}`, '/api/v1/coverage/gaps?os=Windows95', '/api/v1/coverage?retired=yes', '/api/v1/coverage/teams?component=x&foo=1'].map(async (path, i) => {
        const response = await call([coverageGet, summaryGet, gapsGet, coverageGet, teamsGet][i]!, path);
        return { status: response.status, fieldErrors: (await response.json()).fieldErrors };
      }),
    );
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
    expect(answers[0]!.fieldErrors.stak[0]).toMatch(/accepts: stack, capability, os, arch, retired, format/);
    expect(answers[1]!.fieldErrors.stack[0]).toMatch(new RegExp(`stack must be one of: .*${w.stack.slug}`));
    expect(answers[2]!.fieldErrors.os[0]).toMatch(/os must be one of: /);
    expect(answers[3]!.fieldErrors.retired).toEqual(['retired must be one of: 0, 1.']);
    expect(answers[4]!.fieldErrors.foo[0]).toMatch(/accepts: component, platform/);
  });
});

describe('GET /api/v1/coverage/summary', () => {
  it('gives per stack total, covered, covered with redundancy and missing', async () => {
    const body = await (await call(summaryGet, `/api/v1/coverage/summary?stack=${w.stack.slug}`)).json();
    expect(body.stacks).toEqual([
      expect.objectContaining({ stack: w.stack.slug, total: 2, covered: 1, coveredWithRedundancy: 0, missing: 1, text: `2 ${w.stack.name} products: 1 covered, 1 missing Early Adopter teams` }),
    ]);
  });
});

describe('GET /api/v1/coverage/gaps', () => {
  it('ranks the gaps (no team first) and exports them as CSV', async () => {
    const body = await (await call(gapsGet, `/api/v1/coverage/gaps?stack=${w.stack.slug}`)).json();
    expect(body).toMatchObject({ total: 2, page: 1, perPage: 50 });
    expect(body.data.map((g: { componentId: string; tier: string }) => [g.componentId, g.tier])).toEqual([
      [w.wms.id, 'noTeam'],
      [w.cream.id, 'belowTarget'],
    ]);
    expect(body.data[0].platforms[0].candidates.map((c: { name: string }) => c.name)).toEqual([w.team.name]);
    const csv = await (await call(gapsGet, `/api/v1/coverage/gaps?stack=${w.stack.slug}&format=csv`)).text();
    expect(csv).toContain(`1,No team,${w.stack.name},'=WMS-${suffix},0,,,${w.p1.os} x86_64,0,${w.team.name},ea@api.example,0`);
  });
});

describe('GET /api/v1/coverage/teams', () => {
  it('lists the teams of a cell, 404 for an unknown component, 400 without one', async () => {
    const body = await (await call(teamsGet, `/api/v1/coverage/teams?component=${w.cream.id}&platform=${w.p1.id}`)).json();
    expect(body.teams).toEqual([{ id: w.team.id, name: w.team.name, platforms: [`${w.p1.os} x86_64`], contacts: [{ email: 'ea@api.example', name: '' }] }]);
    expect((await call(teamsGet, '/api/v1/coverage/teams?component=nope')).status).toBe(404);
    const byName = await (await call(teamsGet, `/api/v1/coverage/teams?component=${encodeURIComponent(w.cream.name)}&platform=${encodeURIComponent(`${w.p1.os} x86_64`)}`)).json();
    expect(byName).toEqual(body);
    expect((await call(teamsGet, '/api/v1/coverage/teams')).status).toBe(400);
  });
});
