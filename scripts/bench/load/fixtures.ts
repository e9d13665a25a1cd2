// The load test's own rows, on top of the demo seed: one stack with a manager, EA teams with a
// member (API token) and a contact each, and open rollouts in four sets — invitations to answer,
// accepted participations to log findings on, rollouts to invite teams to, and rollouts to close —
// sized so the write routes never run out during the run. Coordinator tokens for the API reads.
import { COORDINATORS_GROUP } from '../../../lib/auth/group-names';
import { createApiToken } from '../../../lib/auth/api-tokens';
import type { Db } from '../../../lib/db/client';
import { addToGroup, createComponent, createManager, createRelease, createRollout, createTeam, uniqueLetters, uniqueTag } from '../../../lib/seed/factories';

export interface LoadSizes {
  teams: number;
  replyRollouts: number;
  findingRollouts: number;
  inviteRollouts: number;
  resolveRollouts: number;
  coordinatorTokens: number;
}

export interface LoadFixtures {
  tag: string;
  managerTokens: string[];
  coordinatorTokens: string[];
  /** A coordinator of the load test's own (besides the demo ones), for a signed-in browser session. */
  coordinatorEmail: string;
  teams: { id: string; token: string }[];
  /** rollout numbers by set */
  reply: number[];
  finding: number[];
  invite: number[];
  close: number[];
  rolloutIds: Map<number, string>;
  startedAt: Date;
}

async function tokenFor(db: Db, userId: string, label: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return (await createApiToken({ id: user.id, label: user.email }, user.id, label)).token;
}

export async function createLoadFixtures(db: Db, sizes: LoadSizes): Promise<LoadFixtures> {
  const tag = uniqueTag();
  const slug = `load${tag}`;
  const component = await createComponent(db, { stack: slug, name: `LOAD-CE-${tag}` });
  const managers = [await createManager(db, { email: `load-manager-a-${tag}@bench.local`, stacks: [slug] }), await createManager(db, { email: `load-manager-b-${tag}@bench.local`, stacks: [slug] })];
  const managerTokens = await Promise.all(managers.map((m) => tokenFor(db, m.id, 'load manager')));
  const coordinator = await createManager(db, { email: `load-coordinator-${tag}@bench.local` });
  await addToGroup(db, coordinator.id, COORDINATORS_GROUP);
  const coordinatorTokens: string[] = [];
  for (let i = 0; i < sizes.coordinatorTokens; i++) coordinatorTokens.push(await tokenFor(db, coordinator.id, `load coordinator ${i}`));

  const teams: LoadFixtures['teams'] = [];
  for (let i = 0; i < sizes.teams; i++) {
    const bundle = await createTeam(db, { ngiCode: `LD${uniqueLetters(4)}`, siteName: `LOAD-${i}`, contacts: [`ea-load-${i}-${tag}@bench.example`] });
    teams.push({ id: bundle.team.id, token: await tokenFor(db, bundle.member!.id, 'load member') });
  }

  const rolloutIds = new Map<number, string>();
  const makeRollouts = async (count: number): Promise<number[]> => {
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      const release = await createRelease(db, { componentId: component.id, state: 'STAGED_ROLLOUT', productVersion: `1.${numbers.length}.${rolloutIds.size}-${tag}` });
      const rollout = await createRollout(db, { releaseItemId: release.items[0]!.id, ownerId: managers[i % 2]!.id });
      rolloutIds.set(rollout.number, rollout.id);
      numbers.push(rollout.number);
    }
    return numbers;
  };
  const reply = await makeRollouts(sizes.replyRollouts);
  const finding = await makeRollouts(sizes.findingRollouts);
  const invite = await makeRollouts(sizes.inviteRollouts);
  const close = await makeRollouts(sizes.resolveRollouts);
  const now = new Date();
  const replyDueAt = new Date(now.getTime() + 86_400_000);
  await db.participation.createMany({
    data: [
      ...reply.flatMap((number) => teams.map((team) => ({ rolloutId: rolloutIds.get(number)!, teamId: team.id, status: 'INVITED' as const, invitedAt: now, replyDueAt }))),
      ...finding.flatMap((number) => teams.map((team) => ({ rolloutId: rolloutIds.get(number)!, teamId: team.id, status: 'ACCEPTED' as const, invitedAt: now, replyDueAt, repliedAt: now, replyChannel: 'app' }))),
    ],
  });
  return { tag, managerTokens, coordinatorTokens, coordinatorEmail: coordinator.email, teams, reply, finding, invite, close, rolloutIds, startedAt: new Date() };
}
