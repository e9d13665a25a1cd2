// The teams and components JSON API through the route handlers, with real API tokens: filters as the
// table, pagination, one team by name, 401 without credentials, 404 with a reason.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { createCommitment, createComponent, createTeam, createUser, ensureNgi, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { GET as listComponentsRoute } from '../components/route';
import { POST as addContactRoute } from './[name]/contacts/route';
import { GET as teamHistoryRoute } from './[name]/history/route';
import { GET as getTeamRoute } from './[name]/route';
import { GET as listTeamsRoute } from './route';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
const call = <P extends Record<string, string>>(handler: Handler<P>, path: string, token: string | null, params?: P, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
  handler(
    new NextRequest(`http://localhost${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(params ?? ({} as P)) },
  );

let token = '';
let ngi = '';
let teamNames: string[] = [];
let component = '';
let stack = '';

beforeAll(async () => {
  const user = await createUser(db); // no role at all: any signed-in user may read
  token = (await createApiToken({ id: user.id, label: user.email }, user.id, 'teams api test')).token;
  ngi = `A${uniqueLetters(6)}`;
  await ensureNgi(db, { code: ngi });
  stack = `api-${uniqueTag()}`;
  const comp = await createComponent(db, { stack, platforms: ['SL6 x86_64'] });
  component = comp.name;
  teamNames = [];
  for (const site of ['S1', 'S2', 'S3']) teamNames.push((await createTeam(db, { ngiCode: ngi, siteName: site, contacts: [`ea@${site.toLowerCase()}.example`] })).team.name);
  await createCommitment(db, { teamId: (await db.team.findUniqueOrThrow({ where: { name: teamNames[1]! } })).id, componentId: comp.id });
});

describe('GET /api/v1/teams', () => {
  it('pages the filtered, sorted view', async () => {
    const response = await call(listTeamsRoute, `/api/v1/teams?ngi=${ngi}&perPage=2&page=2&sort=site&dir=asc`, token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(body.data.map((row: { name: string }) => row.name)).toEqual([teamNames[2]]);
    expect(body.data[0]).toMatchObject({ ngi: { code: ngi }, site: { name: 'S3' }, status: 'active', contacts: [{ email: 'ea@s3.example' }] });
  });

  it('filters by component and OS like the table', async () => {
    const body = await (await call(listTeamsRoute, `/api/v1/teams?ngi=${ngi}&component=${component}&os=SL6`, token)).json();
    expect(body.data.map((row: { name: string }) => row.name)).toEqual([teamNames[1]]);
    expect(body.data[0].commitments).toEqual([
      { id: expect.any(String), component: { id: expect.any(String), name: component, retired: false }, stack: { slug: stack, name: expect.any(String), retired: false }, provider: expect.any(String), platform: { id: expect.any(String), os: 'SL6', arch: 'x86_64', label: 'SL6 x86_64', retired: false } },
    ]);
  });

  it('answers 401 with a reason without credentials', async () => {
    const response = await call(listTeamsRoute, '/api/v1/teams', 'ea_not-a-token');
    expect(response.status).toBe(401);
    expect((await response.json()).message).toMatch(/token/i);
  });
});

describe('GET /api/v1/teams/{name}', () => {
  it('returns the team with members and their source', async () => {
    const body = await (await call(getTeamRoute, `/api/v1/teams/${teamNames[0]}`, token, { name: teamNames[0]! })).json();
    expect(body).toMatchObject({ name: teamNames[0], site: { name: 'S1' }, members: [expect.objectContaining({ sources: ['APP'] })] });
    expect(body.url).toMatch(new RegExp(`^https?://[^/]+/teams/${teamNames[0]}$`));
  });

  it('is the same object as the team in the list, plus its rollouts', async () => {
    const listed = await (await call(listTeamsRoute, `/api/v1/teams?ngi=${ngi}&component=${component}`, token)).json();
    const detail = await (await call(getTeamRoute, `/api/v1/teams/${teamNames[1]}`, token, { name: teamNames[1]! })).json();
    const { rollouts, ...rest } = detail;
    expect(rest).toEqual(listed.data[0]);
    expect(rollouts).toEqual([]);
  });

  it('gives the team an ETag, and refuses a write under a stale If-Match with 412, writing nothing', async () => {
    const admin = await createUser(db, { groups: ['early-adopters-admins'] });
    const adminToken = (await createApiToken({ id: admin.id, label: admin.email }, admin.id, 'teams api test')).token;
    const name = teamNames[2]!;
    const read = () => call(getTeamRoute, `/api/v1/teams/${name}`, adminToken, { name });
    const before = (await read()).headers.get('etag')!;
    expect(before).toMatch(/^"[\w-]{27}"$/);
    expect((await call(getTeamRoute, `/api/v1/teams/${name}`, adminToken, { name }, { headers: { 'if-none-match': before } })).status).toBe(304);
    const added = await call(addContactRoute, `/api/v1/teams/${name}/contacts`, adminToken, { name }, { body: { email: 'second@s3.example' }, headers: { 'if-match': before } });
    expect(added.status).toBe(201);
    const stale = await call(addContactRoute, `/api/v1/teams/${name}/contacts`, adminToken, { name }, { body: { email: 'third@s3.example' }, headers: { 'if-match': before } });
    expect(stale.status).toBe(412);
    expect((await (await read()).json()).contacts.map((c: { email: string }) => c.email)).toEqual(['ea@s3.example', 'second@s3.example']);
    const history = await (await call(teamHistoryRoute, `/api/v1/teams/${name}/history`, token, { name })).json();
    expect(history.data[0]).toMatchObject({ entityType: 'Team', actor: expect.stringContaining(admin.email), after: expect.objectContaining({ email: 'second@s3.example' }) });
    expect(history.total).toBe(history.data.length);
  });

  it('404s with a reason for an unknown team', async () => {
    const response = await call(getTeamRoute, '/api/v1/teams/ea-NO-SUCH', token, { name: 'ea-NO-SUCH' });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe('No team "ea-NO-SUCH" (give its id or its name, ea-<NGI>-<Site>).');
  });
});

describe('GET /api/v1/components', () => {
  it('lists the components of a stack with platforms and committed teams', async () => {
    const body = await (await call(listComponentsRoute, `/api/v1/components?stack=${stack}`, token)).json();
    expect(body.total).toBe(1);
    expect(body.data[0]).toMatchObject({ name: component, status: 'live', platforms: [{ os: 'SL6', arch: 'x86_64' }], committedTeams: 1 });
  });
});
