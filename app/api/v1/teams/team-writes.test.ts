// The API's team, member and NGI writes through the route handlers with real tokens and the real
// database: create (201 + Location), update, retire, refusals for roles without the permission, 400s
// naming the fields, 412 on a stale If-Match, and references by id or by name.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { createComponent, createTeam, ensureNgi, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { callApi, userWithToken } from '@/test/support/api-call';
import { POST as addCommitment } from './[name]/commitments/route';
import { DELETE as removeMember } from './[name]/members/[user]/route';
import { POST as addMember } from './[name]/members/route';
import { DELETE as retireTeam, GET as getTeam, PATCH as editTeam } from './[name]/route';
import { POST as createTeamRoute } from './route';
import { GET as getNgi, PATCH as editNgi } from '../ngis/[ngi]/route';
import { GET as listNgis, POST as createNgiRoute } from '../ngis/route';

let admin: { id: string; token: string };
let outsider: { token: string };
let ngiCode = '';

beforeAll(async () => {
  admin = await userWithToken({ groups: [ADMINS_GROUP] });
  outsider = await userWithToken();
  ngiCode = `W${uniqueLetters(6)}`;
  await ensureNgi(db, { code: ngiCode, name: `Westeros ${ngiCode}` });
});

const newTeam = async (site = `S-${uniqueTag()}`) => {
  const answer = await callApi(createTeamRoute, { token: admin.token, body: { ngi: ngiCode, site, timeZone: 'Europe/Rome' } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer;
};

describe('POST /api/v1/teams', () => {
  it('creates the team (NGI by code), answers 201 with Location and ETag, and audits it in the same write', async () => {
    const site = `S-${uniqueTag()}`;
    const answer = await newTeam(site);
    expect(answer.body).toMatchObject({ name: `ea-${ngiCode}-${site}`, ngi: { code: ngiCode }, site: { name: site, timeZone: 'Europe/Rome' }, status: 'active', version: 1 });
    expect(answer.headers.get('location')).toMatch(new RegExp(`^https?://[^/]+/api/v1/teams/ea-${ngiCode}-${site}$`));
    expect(answer.headers.get('etag')).toMatch(/^"/);
    const audit = await db.auditEvent.findMany({ where: { entityId: answer.body.id, action: 'team.create' } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id })]);
  });

  it('takes the NGI by its name or id as well', async () => {
    const ngi = await db.ngi.findUniqueOrThrow({ where: { code: ngiCode } });
    const byName = await callApi(createTeamRoute, { token: admin.token, body: { ngi: ngi.name, site: `N-${uniqueTag()}` } });
    const byId = await callApi(createTeamRoute, { token: admin.token, body: { ngi: ngi.id, site: `I-${uniqueTag()}` } });
    expect([byName.status, byId.status]).toEqual([201, 201]);
    expect(byName.body.ngi.code).toBe(ngiCode);
    expect(byId.body.ngi.code).toBe(ngiCode);
  });

  it('answers 400 naming each field at fault, and nothing is created', async () => {
    const before = await db.team.count();
    const bad = await callApi(createTeamRoute, { token: admin.token, body: { ngi: ngiCode, site: 'has space', timeZone: 'Mars/Olympus', colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['_form', 'site', 'timeZone']);
    expect(bad.body.fieldErrors._form.join(' ')).toMatch(/colour/);
    const unknownNgi = await callApi(createTeamRoute, { token: admin.token, body: { ngi: 'NOWHERE-LAND', site: 'S1' } });
    expect(unknownNgi.status).toBe(400);
    expect(unknownNgi.body.fieldErrors.ngi[0]).toMatch(/No NGI "NOWHERE-LAND"/);
    expect(await db.team.count()).toBe(before);
  });

  it('refuses a user who is not an admin (403) before touching anything', async () => {
    const answer = await callApi(createTeamRoute, { token: outsider.token, body: { ngi: ngiCode, site: `X-${uniqueTag()}` } });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: 'forbidden', message: 'Only Early Adopters admins create teams and NGIs.' });
  });

  it('answers a duplicate site with 400 on the site field', async () => {
    const site = `D-${uniqueTag()}`;
    await newTeam(site);
    const again = await callApi(createTeamRoute, { token: admin.token, body: { ngi: ngiCode, site } });
    expect(again.status).toBe(400);
    expect(again.body.fieldErrors.site[0]).toMatch(/already exists/);
  });
});

describe('PATCH and DELETE /api/v1/teams/{name}', () => {
  it('changes only the fields sent (path by id), and the version moves on', async () => {
    const created = (await newTeam()).body;
    const answer = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.id }, body: { version: 1, description: 'Tier-2, CREAM and DPM' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ name: created.name, description: 'Tier-2, CREAM and DPM', site: { timeZone: 'Europe/Rome' }, version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: 'team.edit' } })).toBe(1);
  });

  it('renames the team when the site changes', async () => {
    const created = (await newTeam()).body;
    const site = `R-${uniqueTag()}`;
    const answer = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.name }, body: { version: 1, site } });
    expect(answer.body.name).toBe(`ea-${ngiCode}-${site}`);
  });

  it('is refused with 412 on a stale If-Match, and a matching If-Match stands for the version', async () => {
    const created = await newTeam();
    const etag = created.headers.get('etag')!;
    const first = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.body.name }, headers: { 'if-match': etag }, body: { description: 'first' } });
    expect(first.status).toBe(200);
    const stale = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.body.name }, headers: { 'if-match': etag }, body: { description: 'second' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toBe('precondition_failed');
    const stored = await callApi(getTeam, { token: admin.token, params: { name: created.body.name } });
    expect(stored.body.description).toBe('first');
    expect(stored.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('needs a version or If-Match (400 naming version), and a stale version is a 409', async () => {
    const created = (await newTeam()).body;
    const none = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.name }, body: { description: 'x' } });
    expect(none.status).toBe(400);
    expect(none.body.fieldErrors.version[0]).toMatch(/If-Match/);
    const stale = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: created.name }, body: { version: 7, description: 'x' } });
    expect(stale.status).toBe(409);
  });

  it('retires the team (admins only; its member is refused)', async () => {
    const bundle = await createTeam(db, { ngiCode });
    const member = await userWithToken({ groups: [bundle.team.name] });
    const refused = await callApi(retireTeam, { method: 'DELETE', token: member.token, params: { name: bundle.team.name }, body: { version: 1 } });
    expect(refused.status).toBe(403);
    const answer = await callApi(retireTeam, { method: 'DELETE', token: admin.token, params: { name: bundle.team.name }, body: { version: 1 } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'retired', retiredAt: expect.any(String) });
    expect(await db.auditEvent.count({ where: { entityId: bundle.team.id, action: 'team.retire' } })).toBe(1);
  });

  it('answers 404 with a reason for an unknown team', async () => {
    const answer = await callApi(editTeam, { method: 'PATCH', token: admin.token, params: { name: 'ea-NOPE-nowhere' }, body: { version: 1 } });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toMatch(/No team "ea-NOPE-nowhere"/);
  });
});

describe('members', () => {
  it('adds a member by e-mail and by id, removes one by e-mail; the member is told by mail', async () => {
    const team = (await newTeam()).body;
    const email = `new-${uniqueTag()}@member.example`;
    const byEmail = await callApi(addMember, { token: admin.token, params: { name: team.name }, body: { user: email } });
    expect(byEmail.status, JSON.stringify(byEmail.body)).toBe(201);
    expect(byEmail.body.members.map((m: { email: string }) => m.email)).toContain(email);
    expect(await db.outboxMessage.count({ where: { kind: 'team.memberAdded', recipients: { has: email } } })).toBe(1);

    const other = await userWithToken();
    const byId = await callApi(addMember, { token: admin.token, params: { name: team.name }, body: { user: other.id } });
    expect(byId.status).toBe(201);
    expect(byId.body.members.map((m: { email: string }) => m.email)).toContain(other.email);

    const removed = await callApi(removeMember, { method: 'DELETE', token: admin.token, params: { name: team.name, user: email } });
    expect(removed.status).toBe(204);
    const after = await callApi(getTeam, { token: admin.token, params: { name: team.name } });
    expect(after.body.members.map((m: { email: string }) => m.email)).toEqual([other.email]);
  });

  it('refuses a non-admin, names the field of an unknown user, and 404s a user who is not a member', async () => {
    const team = (await newTeam()).body;
    const refused = await callApi(addMember, { token: outsider.token, params: { name: team.name }, body: { user: 'someone@example.org' } });
    expect(refused.status).toBe(403);
    const unknown = await callApi(addMember, { token: admin.token, params: { name: team.name }, body: { user: 'no-such-user-id' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fieldErrors.user[0]).toMatch(/No user "no-such-user-id"/);
    const notMember = await callApi(removeMember, { method: 'DELETE', token: admin.token, params: { name: team.name, user: (await userWithToken()).email } });
    expect(notMember.status).toBe(404);
  });
});

describe('commitments by name', () => {
  it('takes the component by name and the platform as "<OS> <arch>"; an ambiguous name is a 400 listing the candidates', async () => {
    const team = (await newTeam()).body;
    const name = `CE-${uniqueTag()}`;
    await createComponent(db, { name, platforms: ['SL6 x86_64'] });
    const answer = await callApi(addCommitment, { token: admin.token, params: { name: team.name }, body: { component: name, platform: 'SL6 x86_64' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.label).toContain(name);

    await createComponent(db, { name, platforms: ['SL6 x86_64'] }); // the same name in a second stack
    const ambiguous = await callApi(addCommitment, { token: admin.token, params: { name: team.name }, body: { component: name, platform: 'SL6 x86_64' } });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.fieldErrors.component[0]).toMatch(/names 2 components .*<stack>\/<name>/);
  });
});

describe('NGIs', () => {
  it('creates (201), reads by code or name, renames with If-Match, refuses a stale one and a duplicate code', async () => {
    const code = `N${uniqueLetters(6)}`;
    const created = await callApi(createNgiRoute, { token: admin.token, body: { code, name: 'Narnia' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code, name: 'Narnia', version: 1, sites: 0 });
    expect(created.headers.get('location')).toMatch(new RegExp(`/api/v1/ngis/${code}$`));

    const byCode = await callApi(getNgi, { token: outsider.token, params: { ngi: code.toLowerCase() } });
    expect(byCode.body.id).toBe(created.body.id);

    const renamed = await callApi(editNgi, { method: 'PATCH', token: admin.token, params: { ngi: code }, headers: { 'if-match': byCode.headers.get('etag')! }, body: { name: 'Narnia and Archenland' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Narnia and Archenland', version: 2 });
    const stale = await callApi(editNgi, { method: 'PATCH', token: admin.token, params: { ngi: code }, headers: { 'if-match': byCode.headers.get('etag')! }, body: { name: 'Lost' } });
    expect(stale.status).toBe(412);

    const duplicate = await callApi(createNgiRoute, { token: admin.token, body: { code, name: 'Again' } });
    expect(duplicate.status).toBe(400);
    expect(Object.keys(duplicate.body.fieldErrors)).toEqual(['code']);
    const listed = await callApi(listNgis, { token: outsider.token });
    expect(listed.body.data.map((n: { code: string }) => n.code)).toContain(code);
  });

  it('refuses a non-admin, and a query on the whole list', async () => {
    expect((await callApi(createNgiRoute, { token: outsider.token, body: { code: 'ZZ', name: 'Z' } })).status).toBe(403);
    const query = await callApi(listNgis, { token: outsider.token, query: '?page=2' });
    expect(query.status).toBe(400);
    expect(Object.keys(query.body.fieldErrors)).toEqual(['page']);
  });
});
