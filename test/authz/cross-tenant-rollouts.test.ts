// One spec per forbidden cross-team or cross-role action on the rollout workflow: each gets 403 (or
// 401) through the JSON API and changes nothing, checked in the database.
import { beforeAll, describe, expect, it } from 'vitest';
import { revokeApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { reportFileName } from '@/lib/rollout/naming';
import { acceptingTeams, makeRolloutWorld, makeTeam, openAndInvite, type RolloutWorld, type TestTeam } from '@/lib/rollout/test-fixtures';
import { POST as transition } from '@/app/api/v1/rollouts/[number]/[transition]/route';
import { POST as uploadReport } from '@/app/api/v1/rollouts/[number]/report/route';
import { GET as getRollout } from '@/app/api/v1/rollouts/[number]/route';
import { GET as listRollouts } from '@/app/api/v1/rollouts/route';
import { callRoute, tokenOf, writeCounts } from './call-route';

let world: RolloutWorld;
let teamA: TestTeam;
let teamB: TestTeam;
let tokenA: string;

const post = (token: string | undefined, name: string, body: unknown) =>
  callRoute(transition, `/api/v1/rollouts/${world.rollout.number}/${name}`, {
    token,
    params: { number: String(world.rollout.number), transition: name },
    body,
  });

async function expectRefusedWithoutWrites(request: () => Promise<Response>, status: number) {
  const before = await writeCounts();
  const rolloutBefore = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id } });
  const response = await request();
  expect(response.status).toBe(status);
  expect((await response.json()).message).toEqual(expect.any(String));
  expect(await writeCounts()).toEqual(before);
  expect(await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id } })).toEqual(rolloutBefore);
}

beforeAll(async () => {
  world = await makeRolloutWorld();
  teamA = await makeTeam(world);
  teamB = await makeTeam(world);
  await openAndInvite(world, [teamA, teamB]);
  tokenA = await tokenOf(teamA.member);
});

describe('a member of team A', () => {
  it('cannot reply for team B', async () => {
    await expectRefusedWithoutWrites(() => post(tokenA, 'reply', { teamId: teamB.team.id, answer: 'accept' }), 403);
    const participation = await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id, teamId: teamB.team.id } });
    expect(participation.status).toBe('INVITED');
  });

  it('cannot upload a report for team B', async () => {
    const other = await makeRolloutWorld();
    const [b] = await acceptingTeams(other, 1);
    const a = await makeTeam(other);
    const token = await tokenOf(a.member);
    const form = new FormData();
    const name = reportFileName({ ngiCode: b!.ngi.code, siteName: b!.site.name, stack: other.stack.name, component: other.component.name, version: '1.8.0-1', ext: 'txt' });
    form.set('file', new File(['Looks fine to us.'], name));
    for (const [key, value] of Object.entries({ teamId: b!.team.id, releaseNotesCorrect: 'yes', testsPerformed: 'Submitted 100 jobs.', recommendation: 'ACCEPT' })) form.set(key, value);
    const before = await writeCounts();
    const response = await callRoute(uploadReport, `/api/v1/rollouts/${other.rollout.number}/report`, { token, params: { number: String(other.rollout.number) }, body: form });
    expect(response.status).toBe(403);
    expect(await writeCounts()).toEqual(before);
  });

  it('cannot assign a manager', async () => {
    const fresh = await makeRolloutWorld();
    const member = (await makeTeam(fresh)).member;
    const before = await writeCounts();
    const response = await callRoute(transition, `/api/v1/rollouts/${fresh.rollout.number}/assign`, {
      token: await tokenOf(member),
      params: { number: String(fresh.rollout.number), transition: 'assign' },
      body: { managerId: fresh.manager.id, version: 1 },
    });
    expect(response.status).toBe(403);
    expect(await writeCounts()).toEqual({ ...before, audit: before.audit + 1 }); // only the token's own creation audit
    expect(await db.rollout.findUniqueOrThrow({ where: { id: fresh.rollout.id } })).toMatchObject({ status: 'NEW', ownerId: null });
  });

  it('cannot close the rollout', async () => {
    await expectRefusedWithoutWrites(
      () => post(tokenA, 'resolve', { outcome: 'ACCEPT', summary: 'Everything worked at our site for a week.', version: 2 }),
      403,
    );
  });
});

describe('a manager of another stack', () => {
  it('cannot close this stack’s rollout', async () => {
    const token = await tokenOf(world.otherManager);
    await expectRefusedWithoutWrites(
      () => post(token, 'resolve', { outcome: 'REJECT', summary: 'Rejected by somebody who does not manage it.', version: 2 }),
      403,
    );
  });

  it('cannot invite teams to it', async () => {
    const token = await tokenOf(world.otherManager);
    await expectRefusedWithoutWrites(() => post(token, 'invite', { teamIds: [teamA.team.id], template: 'Dear {{team}}, please test this one.', version: 2 }), 403);
  });
});

describe('without valid credentials', () => {
  it('an anonymous request to every rollout route gets 401 and writes nothing', async () => {
    await expectRefusedWithoutWrites(() => callRoute(listRollouts, '/api/v1/rollouts'), 401);
    await expectRefusedWithoutWrites(() => callRoute(getRollout, `/api/v1/rollouts/${world.rollout.number}`, { params: { number: String(world.rollout.number) } }), 401);
    for (const name of ['assign', 'invite', 'reply', 'volunteer', 'beta', 'finding', 'comment', 'resolve']) {
      await expectRefusedWithoutWrites(() => post(undefined, name, { teamId: teamA.team.id, answer: 'accept' }), 401);
    }
  });

  it('a revoked token gets 401 and writes nothing', async () => {
    const token = await tokenOf(teamA.member);
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: teamA.member.id }, orderBy: { createdAt: 'desc' } });
    await revokeApiToken({ id: teamA.member.id, label: teamA.member.email }, teamA.member.id, row.id);
    await expectRefusedWithoutWrites(() => post(token, 'reply', { teamId: teamA.team.id, answer: 'accept' }), 401);
    const participation = await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id, teamId: teamA.team.id } });
    expect(participation.status).toBe('INVITED');
  });

  it('a malformed Authorization header gets 401', async () => {
    const response = await transition(
      new (await import('next/server')).NextRequest(`http://localhost/api/v1/rollouts/${world.rollout.number}/reply`, {
        method: 'POST',
        headers: { authorization: 'Basic dXNlcjpwYXNz', 'content-type': 'application/json' },
        body: JSON.stringify({ teamId: teamA.team.id, answer: 'accept' }),
      }),
      { params: Promise.resolve({ number: String(world.rollout.number), transition: 'reply' }) },
    );
    expect(response.status).toBe(401);
  });
});
