// A member of team A cannot edit team B (contacts, commitments) through the JSON API; their own
// team they can. Each refusal is a 403 and leaves the database as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { makeRolloutWorld, makeTeam, type RolloutWorld, type TestTeam } from '@/lib/rollout/test-fixtures';
import { DELETE as removeCommitment } from '@/app/api/v1/teams/[name]/commitments/[commitmentId]/route';
import { POST as addCommitment } from '@/app/api/v1/teams/[name]/commitments/route';
import { POST as addContact } from '@/app/api/v1/teams/[name]/contacts/route';
import { callRoute, tokenOf, writeCounts } from './call-route';

let world: RolloutWorld;
let teamA: TestTeam;
let teamB: TestTeam;
let tokenA: string;

beforeAll(async () => {
  world = await makeRolloutWorld();
  await db.componentPlatform.create({ data: { componentId: world.sibling.id, platformId: world.platform.id } });
  teamA = await makeTeam(world);
  teamB = await makeTeam(world);
  tokenA = await tokenOf(teamA.member);
});

const contactsOf = (team: TestTeam) => callRouteParams(team).contacts;
function callRouteParams(team: TestTeam) {
  const name = encodeURIComponent(team.team.name);
  return { contacts: `/api/v1/teams/${name}/contacts`, commitments: `/api/v1/teams/${name}/commitments`, name: team.team.name };
}

describe('a member of team A', () => {
  it('cannot add a contact to team B, but can to team A', async () => {
    const before = await writeCounts();
    const refused = await callRoute(addContact, contactsOf(teamB), { token: tokenA, params: { name: teamB.team.name }, body: { email: 'intruder@evil.example' } });
    expect(refused.status).toBe(403);
    expect(await writeCounts()).toEqual(before);

    const allowed = await callRoute(addContact, contactsOf(teamA), { token: tokenA, params: { name: teamA.team.name }, body: { email: 'ops@site-a.example' } });
    expect(allowed.status).toBe(201);
    expect(await db.teamContact.count({ where: { teamId: teamA.team.id, email: 'ops@site-a.example' } })).toBe(1);
  });

  it('cannot add or withdraw team B’s commitments', async () => {
    const before = await writeCounts();
    const added = await callRoute(addCommitment, callRouteParams(teamB).commitments, {
      token: tokenA,
      params: { name: teamB.team.name },
      body: { componentId: world.sibling.id, platformId: world.platform.id },
    });
    expect(added.status).toBe(403);
    const existing = await db.commitment.findFirstOrThrow({ where: { teamId: teamB.team.id } });
    const removed = await callRoute(removeCommitment, `${callRouteParams(teamB).commitments}/${existing.id}`, {
      token: tokenA,
      method: 'DELETE',
      params: { name: teamB.team.name, commitmentId: existing.id },
    });
    expect(removed.status).toBe(403);
    expect(await writeCounts()).toEqual(before);
  });

  it('cannot withdraw team B’s commitment by naming its own team in the path', async () => {
    const existing = await db.commitment.findFirstOrThrow({ where: { teamId: teamB.team.id } });
    const before = await writeCounts();
    const response = await callRoute(removeCommitment, `${callRouteParams(teamA).commitments}/${existing.id}`, {
      token: tokenA,
      method: 'DELETE',
      params: { name: teamA.team.name, commitmentId: existing.id },
    });
    expect(response.status).toBe(404);
    expect(await writeCounts()).toEqual(before);
  });

  it('bad input on its own team is a 400 naming the field', async () => {
    const response = await callRoute(addContact, contactsOf(teamA), { token: tokenA, params: { name: teamA.team.name }, body: { email: 'not an address' } });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.email).toEqual(expect.any(Array));
  });
});

describe('anonymous requests', () => {
  it('get 401 and write nothing', async () => {
    const before = await writeCounts();
    const response = await callRoute(addContact, contactsOf(teamA), { params: { name: teamA.team.name }, body: { email: 'x@y.example' } });
    expect(response.status).toBe(401);
    expect(await writeCounts()).toEqual(before);
  });
});
