// The API's catalogue writes (providers, stacks, platforms, components) and holidays through the route
// handlers with real tokens and the real database: create (201 + Location), update, retire, a refusal
// for a role without the permission, 400s naming the fields, 412 on a stale If-Match, names or ids.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_GROUP, COORDINATORS_GROUP, MANAGERS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { createCommitment, ensureNgi, ensurePlatform, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { callApi, userWithToken } from '@/test/support/api-call';
import { DELETE as retireComponent, GET as getComponent, PATCH as editComponent } from './[component]/route';
import { POST as createComponentRoute } from './route';
import { DELETE as removeHoliday, GET as getHoliday } from '../holidays/[id]/route';
import { GET as listHolidays, POST as createHoliday } from '../holidays/route';
import { GET as listPlatforms, POST as createPlatformRoute } from '../platforms/route';
import { PATCH as editProvider } from '../providers/[provider]/route';
import { POST as createProviderRoute } from '../providers/route';
import { GET as getStack, PATCH as editStack } from '../stacks/[stack]/route';
import { POST as createStackRoute } from '../stacks/route';

let admin: { id: string; token: string };
let manager: { token: string };
let provider = '';
let stackSlug = '';

beforeAll(async () => {
  admin = await userWithToken({ groups: [ADMINS_GROUP] });
  manager = await userWithToken({ groups: [MANAGERS_GROUP] });
  provider = `TP-${uniqueTag()}`;
  expect((await callApi(createProviderRoute, { token: admin.token, body: { name: provider } })).status).toBe(201);
  stackSlug = `st-${uniqueTag()}`.toLowerCase();
  const stack = await callApi(createStackRoute, { token: admin.token, body: { slug: stackSlug, name: `Stack ${stackSlug}`, provider } });
  expect(stack.status, JSON.stringify(stack.body)).toBe(201);
  await ensurePlatform(db, 'SL6', 'x86_64');
  await ensurePlatform(db, 'SL5', 'x86_64');
});

const newComponent = async (extra: Record<string, unknown> = {}) => {
  const answer = await callApi(createComponentRoute, { token: admin.token, body: { stack: stackSlug, name: `C-${uniqueTag()}`, capability: 'STORAGE', platforms: ['SL6 x86_64'], ...extra } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer;
};

describe('providers and stacks', () => {
  it('a stack is created with its provider by name, and its list group; Location names it by slug', async () => {
    const stack = await callApi(getStack, { token: manager.token, params: { stack: stackSlug } });
    expect(stack.body).toMatchObject({ slug: stackSlug, provider: { name: provider }, mailingList: expect.stringContaining(`early-adopters-${stackSlug}@`), version: 1 });
    expect(await db.group.count({ where: { name: `early-adopters-${stackSlug}` } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: stack.body.id, action: 'catalog.createStack', actorId: admin.id } })).toBe(1);
  });

  it('a PATCH changes only what it sends; a stale If-Match is a 412; a manager is refused', async () => {
    const read = await callApi(getStack, { token: admin.token, params: { stack: `Stack ${stackSlug}` } });
    const etag = read.headers.get('etag')!;
    const refused = await callApi(editStack, { method: 'PATCH', token: manager.token, params: { stack: stackSlug }, headers: { 'if-match': etag }, body: { repoUrl: 'https://repo.example/x' } });
    expect(refused.status).toBe(403);
    const edited = await callApi(editStack, { method: 'PATCH', token: admin.token, params: { stack: stackSlug }, headers: { 'if-match': etag }, body: { repoUrl: 'https://repo.example/sr' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ repoUrl: 'https://repo.example/sr', name: read.body.name, mailingList: read.body.mailingList, version: read.body.version + 1 });
    const stale = await callApi(editStack, { method: 'PATCH', token: admin.token, params: { stack: stackSlug }, headers: { 'if-match': etag }, body: { repoUrl: 'https://repo.example/late' } });
    expect(stale.status).toBe(412);
  });

  it('answers 400 naming the fields (an unknown provider on `provider`, a bad slug on `slug`)', async () => {
    const answer = await callApi(createStackRoute, { token: admin.token, body: { slug: 'Bad Slug!', name: 'X', provider: 'Nobody Inc' } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fieldErrors).sort()).toEqual(['name', 'slug']);
    const unknown = await callApi(createStackRoute, { token: admin.token, body: { slug: `ok-${uniqueTag()}`.toLowerCase(), name: `Ok ${uniqueTag()}`, provider: 'Nobody Inc' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fieldErrors.provider[0]).toMatch(/No Technology Provider "Nobody Inc"/);
  });

  it('a provider PATCH (path by name) changes only the field it sends', async () => {
    const name = `TP-${uniqueTag()}`;
    await callApi(createProviderRoute, { token: admin.token, body: { name } });
    const answer = await callApi(editProvider, { method: 'PATCH', token: admin.token, params: { provider: name }, body: { version: 1, external: false } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name, external: false, version: 2 });
  });
});

describe('platforms', () => {
  it('creates one (admins), lists it, refuses a duplicate on `os` and a manager', async () => {
    const os = `OS${uniqueLetters(4)}`;
    const created = await callApi(createPlatformRoute, { token: admin.token, body: { os, arch: 'aarch64' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ os, arch: 'aarch64', label: `${os} aarch64`, components: 0 });
    const listed = await callApi(listPlatforms, { token: manager.token });
    expect(listed.body.data.map((p: { label: string }) => p.label)).toContain(`${os} aarch64`);
    const again = await callApi(createPlatformRoute, { token: admin.token, body: { os, arch: 'aarch64' } });
    expect(again.status).toBe(400);
    expect(Object.keys(again.body.fieldErrors)).toEqual(['os']);
    expect((await callApi(createPlatformRoute, { token: manager.token, body: { os: 'SL7', arch: 'x86_64' } })).status).toBe(403);
  });
});

describe('components', () => {
  it('creates one in a stack given by slug with platforms given as "<OS> <arch>"; GET by <stack>/<name> is its list row', async () => {
    const created = await newComponent({ platforms: ['SL6 x86_64', 'SL5/x86_64'] });
    expect(created.headers.get('location')).toMatch(new RegExp(`/api/v1/components/${created.body.id}$`));
    expect(created.body).toMatchObject({ stack: { slug: stackSlug }, capability: 'STORAGE', status: 'live', version: 1 });
    expect(created.body.platforms.map((p: { label: string }) => p.label)).toEqual(['SL5 x86_64', 'SL6 x86_64']);
    const read = await callApi(getComponent, { token: manager.token, params: { component: `${stackSlug}/${created.body.name}` } });
    expect(read.body).toEqual(created.body);
  });

  it('answers 400 naming the fields, including an unknown platform on `platforms`', async () => {
    const bad = await callApi(createComponentRoute, { token: admin.token, body: { stack: stackSlug, name: 'has space', capability: 'TELEPORT' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['capability', 'name']);
    const platform = await callApi(createComponentRoute, { token: admin.token, body: { stack: stackSlug, name: `P-${uniqueTag()}`, capability: 'DATA', platforms: ['Plan9 vax'] } });
    expect(platform.status).toBe(400);
    expect(platform.body.fieldErrors.platforms[0]).toMatch(/No platform "Plan9 vax"/);
  });

  it('PATCH keeps the platforms it does not name; dropping one teams are committed on is a 400 on `platforms`', async () => {
    const created = (await newComponent()).body;
    const described = await callApi(editComponent, { method: 'PATCH', token: admin.token, params: { component: created.id }, body: { version: 1, description: 'DPM head node' } });
    expect(described.status, JSON.stringify(described.body)).toBe(200);
    expect(described.body).toMatchObject({ description: 'DPM head node', capability: 'STORAGE', version: 2 });
    expect(described.body.platforms).toEqual(created.platforms);
    await createCommitment(db, { componentId: created.id, platformId: created.platforms[0].id });
    const drop = await callApi(editComponent, { method: 'PATCH', token: admin.token, params: { component: created.id }, body: { version: 2, platforms: ['SL5 x86_64'] } });
    expect(drop.status).toBe(400);
    expect(drop.body.fieldErrors.platforms[0]).toMatch(/committed on SL6 x86_64/);
  });

  it('retires with If-Match (a stale one is a 412), never for a manager', async () => {
    const created = await newComponent();
    const etag = created.headers.get('etag')!;
    expect((await callApi(retireComponent, { method: 'DELETE', token: manager.token, params: { component: created.body.id }, headers: { 'if-match': etag } })).status).toBe(403);
    const retired = await callApi(retireComponent, { method: 'DELETE', token: admin.token, params: { component: created.body.name }, headers: { 'if-match': etag } });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body).toMatchObject({ status: 'retired', version: 2 });
    const again = await callApi(retireComponent, { method: 'DELETE', token: admin.token, params: { component: created.body.id }, headers: { 'if-match': etag } });
    expect(again.status).toBe(412);
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: 'catalog.retireComponent' } })).toBe(1);
  });
});

describe('holidays', () => {
  it('coordinators add one for an NGI given by name, read it, remove it; a manager is refused; a bad date is a 400 on `date`', async () => {
    const coordinator = await userWithToken({ groups: [COORDINATORS_GROUP] });
    const ngi = await ensureNgi(db, { code: `H${uniqueLetters(5)}`, name: `Holiday land ${uniqueTag()}` });
    const created = await callApi(createHoliday, { token: coordinator.token, body: { date: '2031-08-15', name: 'Ferragosto', ngi: ngi.name } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), date: '2031-08-15', name: 'Ferragosto', ngi: ngi.code });
    const twice = await callApi(createHoliday, { token: coordinator.token, body: { date: '2031-08-15', name: 'Again', ngi: ngi.code } });
    expect(twice.status).toBe(400);
    expect(Object.keys(twice.body.fieldErrors)).toEqual(['date']);
    expect((await callApi(createHoliday, { token: manager.token, body: { date: '2031-08-16', name: 'No' } })).status).toBe(403);
    const bad = await callApi(createHoliday, { token: coordinator.token, body: { date: '2031-02-30', name: '' } });
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['date', 'name']);

    const listed = await callApi(listHolidays, { token: manager.token });
    expect(listed.body.data).toContainEqual(created.body);
    const read = await callApi(getHoliday, { token: manager.token, params: { id: created.body.id } });
    expect((await callApi(removeHoliday, { method: 'DELETE', token: manager.token, params: { id: created.body.id } })).status).toBe(403);
    expect((await callApi(removeHoliday, { method: 'DELETE', token: coordinator.token, params: { id: created.body.id }, headers: { 'if-match': read.headers.get('etag')! } })).status).toBe(204);
    expect((await callApi(getHoliday, { token: manager.token, params: { id: created.body.id } })).status).toBe(404);
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: { in: ['holiday.create', 'holiday.delete'] } } })).toBe(2);
  });
});
