// Retire (DELETE) and restore (POST …/restore) of every retirable entity through the route handlers, with
// real tokens and the real database: the answer and its status, the audit rows, a stale If-Match (412), a
// manager refused; then what a retired provider, stack, platform or NGI means: new references refused with
// a reason on the field, hidden from the pickers, and still shown (marked retired) where history refers to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_GROUP, MANAGERS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { getIntakeCatalog } from '@/lib/releases/queries';
import { createCommitment, createComponent, createTeam, ensurePlatform, uniqueTag } from '@/lib/seed/factories';
import { listCommitmentChoices, listNgisWithSites } from '@/lib/teams/get-team';
import { callApi, userWithToken } from '@/test/support/api-call';
import { DELETE as retireComponent } from './components/[component]/route';
import { POST as restoreComponent } from './components/[component]/restore/route';
import { POST as createComponentRoute } from './components/route';
import { DELETE as retireNgi } from './ngis/[ngi]/route';
import { POST as restoreNgi } from './ngis/[ngi]/restore/route';
import { DELETE as retirePlatform, GET as getPlatform, PATCH as editPlatform } from './platforms/[platform]/route';
import { POST as restorePlatform } from './platforms/[platform]/restore/route';
import { DELETE as retireProvider } from './providers/[provider]/route';
import { POST as restoreProvider } from './providers/[provider]/restore/route';
import { DELETE as retireStack } from './stacks/[stack]/route';
import { POST as restoreStack } from './stacks/[stack]/restore/route';
import { POST as createStackRoute } from './stacks/route';
import { GET as getTeam, DELETE as retireTeam } from './teams/[name]/route';
import { POST as addCommitmentRoute } from './teams/[name]/commitments/route';
import { POST as restoreTeam } from './teams/[name]/restore/route';
import { POST as createTeamRoute } from './teams/route';

type Route = Parameters<typeof callApi>[0];
let admin: { id: string; token: string };
let manager: { token: string };
let fixture: Awaited<ReturnType<typeof createTeam>> & { componentId: string; stackId: string; providerId: string; platformId: string };

beforeAll(async () => {
  admin = await userWithToken({ groups: [ADMINS_GROUP] });
  manager = await userWithToken({ groups: [MANAGERS_GROUP] });
  const team = await createTeam(db);
  const os = `RT${uniqueTag()}`.slice(0, 16);
  const platform = await ensurePlatform(db, os, 'x86_64');
  const component = await createComponent(db, { stack: `rt-${uniqueTag()}`.toLowerCase(), platforms: [`${os} x86_64`] });
  await createCommitment(db, { teamId: team.team.id, componentId: component.id, platformId: platform.id });
  const stack = await db.stack.findUniqueOrThrow({ where: { id: component.stackId } });
  fixture = { ...team, componentId: component.id, stackId: stack.id, providerId: stack.providerId, platformId: platform.id };
});

const ENTITIES: [string, Route, Route, string, () => string, string][] = [
  ['team', retireTeam, restoreTeam, 'name', () => fixture.team.name, 'active'],
  ['component', retireComponent, restoreComponent, 'component', () => fixture.componentId, 'live'],
  ['NGI', retireNgi, restoreNgi, 'ngi', () => fixture.ngi.code, 'live'],
  ['provider', retireProvider, restoreProvider, 'provider', () => fixture.providerId, 'live'],
  ['stack', retireStack, restoreStack, 'stack', () => fixture.stackId, 'live'],
  ['platform', retirePlatform, restorePlatform, 'platform', () => fixture.platformId, 'live'],
];

describe.sequential('retire and restore, one way for every entity', () => {
  for (const [what, retire, restore, param, ref, live] of ENTITIES) {
    it(`a ${what}: DELETE retires, POST …/restore brings it back (If-Match, 412 when stale, audited, admins only)`, async () => {
      const params = { [param]: ref() };
      const retired = await callApi(retire, { method: 'DELETE', token: admin.token, params, body: { version: await versionOf(what) } });
      expect(retired.status, JSON.stringify(retired.body)).toBe(200);
      expect(retired.body.status).toBe('retired');
      const etag = retired.headers.get('etag')!;
      expect((await callApi(restore, { token: manager.token, params, headers: { 'if-match': etag }, body: {} })).status).toBe(403);
      expect((await callApi(restore, { token: admin.token, params, headers: { 'if-match': '"stale"' }, body: {} })).status).toBe(412);
      const restored = await callApi(restore, { token: admin.token, params, headers: { 'if-match': etag }, body: {} });
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
      expect(restored.body).toMatchObject({ status: live, retiredAt: null, version: retired.body.version + 1 });
      const actions = await db.auditEvent.findMany({ where: { entityId: restored.body.id, actorId: admin.id }, orderBy: { at: 'asc' }, select: { action: true } });
      expect(actions.map((event) => event.action).slice(-2)).toEqual([expect.stringMatching(/retire/), expect.stringMatching(/unretire|reactivate/)]);
    });
  }
});

async function versionOf(what: string): Promise<number> {
  const where = { id: { team: fixture.team.id, component: fixture.componentId, NGI: fixture.ngi.id, provider: fixture.providerId, stack: fixture.stackId, platform: fixture.platformId }[what]! };
  const model = { team: db.team, component: db.component, NGI: db.ngi, provider: db.technologyProvider, stack: db.stack, platform: db.platform }[what] as unknown as { findUniqueOrThrow(args: object): Promise<{ version: number }> };
  return (await model.findUniqueOrThrow({ where })).version;
}

describe('what retired means', () => {
  it('new references to a retired platform, stack, provider or NGI are refused with the reason on the field', async () => {
    const platform = await callApi(retirePlatform, { method: 'DELETE', token: admin.token, params: { platform: fixture.platformId }, body: { version: await versionOf('platform') } });
    const stack = await callApi(retireStack, { method: 'DELETE', token: admin.token, params: { stack: fixture.stackId }, body: { version: await versionOf('stack') } });
    const provider = await callApi(retireProvider, { method: 'DELETE', token: admin.token, params: { provider: fixture.providerId }, body: { version: await versionOf('provider') } });
    const ngi = await callApi(retireNgi, { method: 'DELETE', token: admin.token, params: { ngi: fixture.ngi.code }, body: { version: await versionOf('NGI') } });
    expect([platform.status, stack.status, provider.status, ngi.status]).toEqual([200, 200, 200, 200]);

    const other = await createTeam(db);
    const commitment = await callApi(addCommitmentRoute, { token: admin.token, params: { name: other.team.name }, body: { component: fixture.componentId, platform: fixture.platformId } });
    expect(commitment.status).toBe(400);
    expect(commitment.body.message).toMatch(/is retired: no new commitments/);
    const component = await callApi(createComponentRoute, { token: admin.token, body: { stack: fixture.stackId, name: `C-${uniqueTag()}`, capability: 'STORAGE', platforms: [] } });
    expect([component.status, component.body.fieldErrors?.stack]).toEqual([400, [expect.stringMatching(/is retired: no new components/)]]);
    const newStack = await callApi(createStackRoute, { token: admin.token, body: { slug: `rs-${uniqueTag()}`.toLowerCase(), name: `Stack ${uniqueTag()}`, provider: fixture.providerId } });
    expect([newStack.status, newStack.body.fieldErrors?.provider]).toEqual([400, [expect.stringMatching(/is retired: no new stacks/)]]);
    const team = await callApi(createTeamRoute, { token: admin.token, body: { ngi: fixture.ngi.code, site: `Site-${uniqueTag()}` } });
    expect([team.status, team.body.fieldErrors?.ngi]).toEqual([400, [expect.stringMatching(/is retired: no new teams/)]]);

    // Pickers leave them out; the team's own NGI stays in its edit form.
    expect((await listCommitmentChoices()).some((choice) => choice.id === fixture.componentId)).toBe(false);
    expect((await getIntakeCatalog()).some((entry) => entry.id === fixture.stackId)).toBe(false);
    expect((await listNgisWithSites()).some((entry) => entry.id === fixture.ngi.id)).toBe(false);
    expect((await listNgisWithSites(fixture.ngi.id)).some((entry) => entry.id === fixture.ngi.id)).toBe(true);

    // History keeps them, marked: the team's commitment on the retired platform, the platform itself.
    const teamJson = await callApi(getTeam, { token: admin.token, params: { name: fixture.team.name } });
    const kept = teamJson.body.commitments.find((c: { platform: { id: string } }) => c.platform.id === fixture.platformId);
    expect(kept).toMatchObject({ stack: { retired: true }, platform: { retired: true } });
    const platformJson = await callApi(getPlatform, { token: admin.token, params: { platform: fixture.platformId } });
    expect(platformJson.body).toMatchObject({ status: 'retired', commitments: 1 });
    // A retired platform can still be corrected.
    const renamed = await callApi(editPlatform, { method: 'PATCH', token: admin.token, params: { platform: fixture.platformId }, headers: { 'if-match': platformJson.headers.get('etag')! }, body: { arch: 'aarch64' } });
    expect(renamed.body).toMatchObject({ arch: 'aarch64', status: 'retired', version: platformJson.body.version + 1 });
  });
});
