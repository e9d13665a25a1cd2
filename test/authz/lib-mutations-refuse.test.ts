// Every lib mutation that used to be checked only in a server action or an API route now checks its own
// permission (CONTRIBUTING "Authorization"): called straight, without going through app/, it refuses a
// signed-in user who lacks the permission, and writes nothing (no row, no audit).
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import type { CurrentUser } from '@/lib/auth/principal';
import { createComponent, setComponentRetired, updateComponent } from '@/lib/catalog/manage-components';
import { createPlatform, createProvider, updateProvider } from '@/lib/catalog/manage-providers';
import { createStack, updateStack } from '@/lib/catalog/manage-stacks';
import { setCoverageTarget } from '@/lib/coverage/set-coverage-target';
import { db } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { syncGocdbNow } from '@/lib/gocdb/sync-now';
import { addGroupMember, removeGroupMember } from '@/lib/groups/manage-group-members';
import { addStackManager, removeStackManager } from '@/lib/groups/manage-stack-managers';
import { retryOutboxMessage } from '@/lib/notify/retry-message';
import { runChecksNow } from '@/lib/notify/run-checks-now';
import { loadPrincipal } from '@/lib/auth/principal';
import { makeOutsider } from '@/lib/rollout/test-fixtures';
import { createComponent as makeComponent, createTeam as makeTeam, createUser, uniqueName } from '@/lib/seed/factories';
import { createTeam } from '@/lib/teams/create-team';
import { createNgi, updateNgi } from '@/lib/teams/manage-ngis';
import { addTeamMember, removeTeamMember } from '@/lib/teams/manage-team-members';
import { setTeamRetired, updateTeam } from '@/lib/teams/update-team';
import { addHoliday, removeHoliday } from '@/lib/time/holidays';

let outsider: CurrentUser;
let member: CurrentUser; // a member of the team below: may edit its contacts, not the team itself
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const bundle = await makeTeam(db, { contacts: [] });
  const component = await makeComponent(db, { name: uniqueName('REFUSE') });
  const membership = await db.groupMembership.findFirstOrThrow({ where: { userId: bundle.member!.id, groupId: bundle.group.id } });
  return { ...bundle, component, membership };
}

beforeAll(async () => {
  outsider = await makeOutsider();
  world = await makeWorld();
  member = (await loadPrincipal(world.member!.id))!;
});

const id = 'no-such-row';
type Call = (user: CurrentUser) => Promise<unknown>;
const refusals: [string, Call][] = [
  ['createProvider', (user) => createProvider(user, { name: uniqueName('TP'), external: true })],
  ['updateProvider', (user) => updateProvider(user, { id, version: 1, name: uniqueName('TP'), external: true })],
  ['createPlatform', (user) => createPlatform(user, { os: uniqueName('OS'), arch: 'x86_64' })],
  ['createStack', (user) => createStack(user, { providerId: id, slug: uniqueName('s').toLowerCase(), name: uniqueName('S'), mailingList: '', repoUrl: '' })],
  ['updateStack', (user) => updateStack(user, { id, version: 1, providerId: id, name: uniqueName('S'), mailingList: '', repoUrl: '' })],
  ['createComponent', (user) => createComponent(user, { stackId: world.component.stackId, name: uniqueName('C'), capability: 'COMPUTE', description: '', platformIds: [] })],
  ['updateComponent', (user) => updateComponent(user, { id: world.component.id, version: world.component.version, name: world.component.name, capability: 'COMPUTE', description: '', platformIds: [] })],
  ['setComponentRetired', (user) => setComponentRetired(user, { id: world.component.id, version: world.component.version, retire: true })],
  ['addGroupMember', (user) => addGroupMember(user, { groupId: world.group.id, email: `${uniqueName('g')}@site.example` })],
  ['removeGroupMember', (user) => removeGroupMember(user, world.membership.id)],
  ['addStackManager', (user) => addStackManager(user, { stackId: world.component.stackId, email: outsider.email })],
  ['removeStackManager', (user) => removeStackManager(user, { stackId: world.component.stackId, email: outsider.email })],
  ['addHoliday', (user) => addHoliday(user, { date: '2031-12-24', name: 'Refused', countryCode: '' })],
  ['removeHoliday', (user) => removeHoliday(user, id)],
  ['setCoverageTarget', (user) => setCoverageTarget(user, { target: 5, version: 0 })],
  ['retryOutboxMessage', (user) => retryOutboxMessage(user, { id })],
  ['runChecksNow', (user) => runChecksNow(user)],
  ['syncGocdbNow', (user) => syncGocdbNow(user)],
  ['createTeam', (user) => createTeam(user, { ngiCode: world.ngi.code, createNgi: false, ngiName: '', siteName: uniqueName('SITE'), timeZone: 'UTC', description: '' })],
  ['createNgi', (user) => createNgi(user, { code: uniqueName('N').slice(0, 8).toUpperCase(), name: 'Refused' })],
  ['updateNgi', (user) => updateNgi(user, { id: world.ngi.id, version: world.ngi.version, name: 'Refused' })],
  ['updateTeam', (user) => updateTeam(user, { teamId: world.team.id, version: world.team.version, ngiCode: world.ngi.code, siteName: world.site.name, timeZone: 'UTC', description: 'Refused' })],
  ['setTeamRetired', (user) => setTeamRetired(user, { teamId: world.team.id, version: world.team.version, retire: true })],
  ['addTeamMember', (user) => addTeamMember(user, { teamId: world.team.id, email: `${uniqueName('m')}@site.example` })],
  ['removeTeamMember', (user) => removeTeamMember(user, { membershipId: world.membership.id, teamId: world.team.id })],
];

describe('lib mutations check their own permission', () => {
  it.each(refusals)('%s refuses a user without the permission (a member of the team, or nobody in particular)', async (_name, call) => {
    for (const user of [outsider, member]) await expect(call(user)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('wrote nothing for any of them: no audit row by either user, the team and component as they were', async () => {
    expect(await db.auditEvent.count({ where: { actorId: { in: [outsider.id, member.id] } } })).toBe(0);
    expect(await db.team.findUniqueOrThrow({ where: { id: world.team.id } })).toMatchObject({ version: world.team.version, retiredAt: null });
    expect(await db.component.findUniqueOrThrow({ where: { id: world.component.id } })).toMatchObject({ version: world.component.version, retiredAt: null });
    expect(await db.groupMembership.count({ where: { id: world.membership.id } })).toBe(1);
  });

  it("revokes only the user's own token: another user's token is not found and stays active", async () => {
    const owner = await createUser(db, {});
    const token = await createApiToken({ id: owner.id, label: owner.email }, owner.id, 'refuse test');
    await expect(revokeApiToken(outsider, token.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({ revokedAt: null });
  });
});
