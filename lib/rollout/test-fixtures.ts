// Test data for the rollout integration tests: a stack with a component on SL5 x86_64, a release
// item in STAGED_ROLLOUT with its rollout in NEW, the coordinator and managers (real group and
// StackManager rows, loaded as principals), and EA teams committed to the component or the stack.
// Unique names per call: tests never collide and nothing needs resetting.
import { COORDINATORS_GROUP, MANAGERS_GROUP, PROVIDERS_GROUP, teamName } from '@/lib/auth/group-names';
import { type CurrentUser, loadPrincipal } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { randomUUID } from 'node:crypto';
import { uniqueTag } from '@/lib/seed/factories';
import type { GroupKind, ReleaseType } from '@/lib/generated/prisma/enums';
import { rolloutTitle } from './naming';

async function principal(userId: string): Promise<CurrentUser> {
  const loaded = await loadPrincipal(userId);
  if (!loaded) throw new Error('fixture user vanished');
  return loaded;
}

export async function makeUserIn(groups: { name: string; kind: GroupKind; teamId?: string }[], email?: string): Promise<CurrentUser> {
  const tag = `u${uniqueTag()}`;
  const user = await db.user.create({ data: { email: email ?? `${tag}@test.local`, name: `User ${tag}` } });
  for (const spec of groups) {
    const group = await db.group.upsert({ where: { name: spec.name }, create: { name: spec.name, kind: spec.kind, teamId: spec.teamId }, update: {} });
    await db.groupMembership.create({ data: { userId: user.id, groupId: group.id, source: 'APP' } });
  }
  return principal(user.id);
}

export async function makeManager(stackId: string): Promise<CurrentUser> {
  const user = await makeUserIn([{ name: MANAGERS_GROUP, kind: 'MANAGERS' }]);
  await db.stackManager.create({ data: { userId: user.id, stackId } });
  return principal(user.id);
}

export async function makeRolloutWorld(opts: { type?: ReleaseType; security?: boolean } = {}) {
  const tag = `t${uniqueTag()}`;
  const provider = await db.technologyProvider.create({ data: { name: `TP-${tag}` } });
  const stack = await db.stack.create({ data: { slug: `st${tag}`, name: `Stack${tag}`, providerId: provider.id, repoUrl: `http://repo.example.org/${tag}/` } });
  const otherStack = await db.stack.create({ data: { slug: `ot${tag}`, name: `Other${tag}`, providerId: provider.id } });
  const component = await db.component.create({ data: { stackId: stack.id, name: `CREAM-${tag}`, capability: 'COMPUTE' } });
  const sibling = await db.component.create({ data: { stackId: stack.id, name: `WMS-${tag}`, capability: 'COMPUTE' } });
  const platform = await db.platform.upsert({ where: { os_arch: { os: 'SL5', arch: 'x86_64' } }, create: { os: 'SL5', arch: 'x86_64' }, update: {} });
  const sl6 = await db.platform.upsert({ where: { os_arch: { os: 'SL6', arch: 'x86_64' } }, create: { os: 'SL6', arch: 'x86_64' }, update: {} });
  const submitter = await makeUserIn([{ name: PROVIDERS_GROUP, kind: 'PROVIDERS' }]);
  const release = await db.release.create({
    data: {
      submittedById: submitter.id,
      stackId: stack.id,
      componentId: component.id,
      umdMajor: 'EMI-1.0',
      productVersion: '1.8.0-1',
      type: opts.type ?? 'MINOR',
      security: opts.security ?? false,
      items: { create: [{ platformId: platform.id, state: 'STAGED_ROLLOUT', packages: 'cream\ncream-utils' }] },
    },
    include: { items: true },
  });
  const item = release.items[0]!;
  const rollout = await db.rollout.create({
    data: {
      releaseItemId: item.id,
      title: rolloutTitle({ umdMajor: 'EMI-1.0', component: component.name, version: '1.8.0-1', os: 'SL5', arch: 'x86_64' }),
    },
  });
  const coordinator = await makeUserIn([{ name: COORDINATORS_GROUP, kind: 'COORDINATORS' }]);
  const manager = await makeManager(stack.id);
  const otherManager = await makeManager(otherStack.id);
  return { tag, submitter, provider, stack, otherStack, component, sibling, platform, sl6, release, item, rollout, coordinator, manager, otherManager };
}

export type RolloutWorld = Awaited<ReturnType<typeof makeRolloutWorld>>;

/** An EA team (NGI, site, group, member, contact), committed to the rollout's component, its stack, or nothing. */
export async function makeTeam(world: RolloutWorld, opts: { commit?: 'component' | 'stack' | 'none'; timeZone?: string; contact?: string | null } = {}) {
  const tag = `t${uniqueTag()}`;
  const ngi = await db.ngi.create({ data: { code: `N${tag}`.toUpperCase(), name: `NGI ${tag}` } });
  const site = await db.site.create({ data: { ngiId: ngi.id, name: `Site-${tag}`, timeZone: opts.timeZone ?? 'Europe/Lisbon' } });
  const name = teamName(ngi.code, site.name);
  const team = await db.team.create({ data: { name, siteId: site.id } });
  await db.group.create({ data: { name, kind: 'TEAM', teamId: team.id } });
  const contact = opts.contact === undefined ? `contact-${tag}@site.example` : opts.contact;
  if (contact) await db.teamContact.create({ data: { teamId: team.id, email: contact } });
  const commit = opts.commit ?? 'component';
  if (commit !== 'none') {
    await db.commitment.create({
      data: { teamId: team.id, componentId: commit === 'component' ? world.component.id : world.sibling.id, platformId: world.platform.id },
    });
  }
  const member = await makeUserIn([{ name, kind: 'TEAM', teamId: team.id }]);
  return { team, ngi, site, member, contact, ngiSite: `${ngi.code}-${site.name}` };
}

export type TestTeam = Awaited<ReturnType<typeof makeTeam>>;

export async function rolloutRow(id: string) {
  return db.rollout.findUniqueOrThrow({ where: { id } });
}

/** Drives a rollout to OPEN with the world's manager, then invites the teams (through the lib functions). */
export async function openAndInvite(world: RolloutWorld, teams: TestTeam[]) {
  const { assignRollout } = await import('./assign-rollout');
  const { inviteTeams } = await import('./invite-teams');
  await assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id });
  if (teams.length) {
    await inviteTeams(world.manager, world.rollout.number, {
      teamIds: teams.map((t) => t.team.id),
      template: 'Dear {{team}}, please test. Reply by {{replyDue}}. Report name {{reportFileName}}.',
    });
  }
}

/** The team installed 8 days ago and its exposure ended yesterday: its report will count as evidence. */
export async function completeExposure(world: RolloutWorld, team: TestTeam) {
  const day = 86_400_000;
  await db.participation.update({
    where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: team.team.id } },
    data: { exposureStart: new Date(Date.now() - 8 * day), exposureEnd: new Date(Date.now() - day) },
  });
}

/** A team that accepted, ready to install, test and report. */
export async function acceptingTeams(world: RolloutWorld, count: number) {
  const { recordTeamReply } = await import('./record-team-reply');
  const teams: TestTeam[] = [];
  for (let i = 0; i < count; i++) teams.push(await makeTeam(world));
  await openAndInvite(world, teams);
  for (const t of teams) await recordTeamReply(t.member, world.rollout.number, { teamId: t.team.id, answer: 'accept' });
  return teams;
}

/** The team uploads its report (a .txt named as the document asks) with the given recommendation. */
export async function sendReport(world: RolloutWorld, team: TestTeam, recommendation: 'ACCEPT' | 'REJECT', extra: { testedItemIds?: string[] } = {}) {
  const { reportFileName } = await import('./naming');
  const { uploadReport } = await import('./upload-report');
  const name = reportFileName({ ngiCode: team.ngi.code, siteName: team.site.name, stack: world.stack.name, component: world.component.name, version: '1.8.0-1', ext: 'txt' });
  await uploadReport(
    team.member,
    world.rollout.number,
    { teamId: team.team.id, releaseNotesCorrect: true, testsPerformed: 'Ran the standard job submission tests.', vos: 'ops', recommendation, installedVersion: '1.8.0-1', ranOnOs: 'SL5', ranOnArch: 'x86_64', testedItemIds: extra.testedItemIds ?? [] },
    { name, bytes: new TextEncoder().encode(`Report of ${team.team.name}: ${recommendation} ${randomUUID()}`) },
  );
  return name;
}

/** The manager's close form, filled. */
export const resolveInput = (outcome: 'ACCEPT' | 'REJECT', version: number, extra: Partial<{ override: boolean; overrideReason: string; knownIssues: string }> = {}) => ({
  outcome,
  summary: 'Two sites ran the update for a week without problems.',
  summaryExt: 'md' as const,
  knownIssues: '',
  override: false,
  overrideReason: '',
  version,
  ...extra,
});
