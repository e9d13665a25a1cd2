// The data the fuzzers aim at: one stack with a component, a release in staged rollout with its
// rollout, an accepting team with a report, and API tokens of a user holding every staff role (so
// hostile input reaches the deepest checks) and of the team's member.
import { ADMINS_GROUP, COORDINATORS_GROUP, PROVIDERS_GROUP, VERIFIERS_GROUP } from '@/lib/auth/group-names';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { createComponent, createManager, createParticipation, createRelease, createReport, createRollout, createTeam, uniqueTag } from '@/lib/seed/factories';

export async function makeFuzzWorld() {
  const tag = uniqueTag();
  const component = await createComponent(db, { stack: `fz${tag}`, name: `FUZZ-${tag}` });
  const stack = await db.stack.findUniqueOrThrow({ where: { id: component.stackId } });
  const release = await createRelease(db, { componentId: component.id, state: 'STAGED_ROLLOUT' });
  const power = await createManager(db, { email: `power-${tag}@fuzz.test`, stacks: [stack.slug], groups: [ADMINS_GROUP, COORDINATORS_GROUP, PROVIDERS_GROUP, VERIFIERS_GROUP] });
  const rollout = await createRollout(db, { releaseItemId: release.items[0]!.id, ownerId: power.id }); // OPEN, managed by `power`
  const team = await createTeam(db, { contacts: [`ea-${tag}@fuzz.example`] });
  const participation = await createParticipation(db, { rolloutId: rollout.id, teamId: team.team.id, status: 'ACCEPTED' });
  const report = await createReport(db, { participationId: participation.id });
  const powerToken = (await createApiToken({ id: power.id, label: power.email }, power.id, 'fuzz')).token;
  const memberToken = (await createApiToken({ id: team.member!.id, label: team.member!.email }, team.member!.id, 'fuzz')).token;
  return { tag, stack, component, release, rollout, team, participation, report, power, powerToken, memberToken };
}

export type FuzzWorld = Awaited<ReturnType<typeof makeFuzzWorld>>;
