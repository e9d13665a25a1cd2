// Factories for integration tests and e2e set-up: each takes a client (the app's `db` or a transaction)
// and minimal arguments; everything left out gets a unique default, so tests sharing a database never
// collide. Look-ups are by natural key (upserts), so calling a factory twice with the same key returns
// the same row. Nothing here runs on import.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  ADMINS_GROUP,
  COORDINATORS_GROUP,
  MANAGERS_GROUP,
  PROVIDERS_GROUP,
  STACK_LIST_PREFIX,
  stackListAddress,
  stackListGroup,
  TEAM_GROUP_PREFIX,
  teamName,
  VERIFIERS_GROUP,
} from '@/lib/auth/group-names';
import type {
  Capability,
  GroupKind,
  MembershipSource,
  Outcome,
  ParticipationStatus,
  ReleaseItemState,
  ReleaseType,
  RolloutStatus,
} from '@/lib/generated/prisma/enums';
import type {
  Commitment,
  Component,
  Group,
  Ngi,
  Participation,
  Platform,
  Release,
  ReleaseItem,
  Report,
  Rollout,
  Site,
  Stack,
  Team,
  User,
} from '@/lib/generated/prisma/client';
import { reportFileName, rolloutTitle } from '@/lib/rollout/naming';
import { replyDueAfter } from './dates';
import { reportText, sha256Hex, utf8 } from './texts';
import { memberEmail } from './world';
import type { SeedDb } from './write-reference';

export type { SeedDb } from './write-reference';

// The one place test data gets unique names (tests share a database and are never reset):
// `uniqueTag()` 8 hex characters, `uniqueName(prefix)` "<prefix>-<tag>", `uniqueLetters()` for NGI codes.

/** A short unique tag for default names. */
export function uniqueTag(): string {
  return randomUUID().replace(/-/g, '').slice(0, 8);
}

/** `<prefix>-<8 hex characters>`. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${uniqueTag()}`;
}

/** `length` random capital letters, uniformly drawn (for NGI codes, which are letters only). Upper-casing a
 *  hex tag and replacing its digits would not do: "TXXXXXXXX" then comes up once in 40 tags, and tests
 *  sharing a database collide on it. */
export function uniqueLetters(length = 8): string {
  return Array.from(randomBytes(length), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

// ---------------------------------------------------------------- groups and people

/** The kind a group name implies (fixed names, `ea-…` teams, `early-adopters-…` lists). */
export function groupKindOf(name: string): GroupKind {
  switch (name) {
    case ADMINS_GROUP:
      return 'ADMINS';
    case MANAGERS_GROUP:
      return 'MANAGERS';
    case COORDINATORS_GROUP:
      return 'COORDINATORS';
    case PROVIDERS_GROUP:
      return 'PROVIDERS';
    case VERIFIERS_GROUP:
      return 'VERIFIERS';
  }
  if (name.startsWith(TEAM_GROUP_PREFIX)) return 'TEAM';
  if (name.startsWith(STACK_LIST_PREFIX)) return 'STACK_LIST';
  throw new Error(`Cannot tell the kind of group "${name}"; pass it explicitly`);
}

export async function ensureGroup(db: SeedDb, name: string, kind: GroupKind = groupKindOf(name)): Promise<Group> {
  return db.group.upsert({ where: { name }, create: { name, kind }, update: {} });
}

export async function addToGroup(db: SeedDb, userId: string, groupName: string, source: MembershipSource = 'APP'): Promise<void> {
  const group = await ensureGroup(db, groupName);
  await db.groupMembership.upsert({
    where: { userId_groupId_source: { userId, groupId: group.id, source } },
    create: { userId, groupId: group.id, source },
    update: {},
  });
}

export interface CreateUserArgs {
  email?: string;
  name?: string;
  timeZone?: string;
  /** Group names to join (created when missing; kind from the name). */
  groups?: string[];
  source?: MembershipSource;
}

export async function createUser(db: SeedDb, args: CreateUserArgs = {}): Promise<User> {
  const tag = uniqueTag();
  const email = (args.email ?? `user-${tag}@test.demo.local`).toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: args.name ?? `Test User ${tag}`, timeZone: args.timeZone ?? 'UTC' },
    update: {},
  });
  for (const group of args.groups ?? []) await addToGroup(db, user.id, group, args.source ?? 'APP');
  return user;
}

/** A Staged Rollout Manager of the given stacks (slugs; created when missing). */
export async function createManager(db: SeedDb, args: CreateUserArgs & { stacks?: string[] } = {}): Promise<User> {
  const user = await createUser(db, { ...args, groups: [MANAGERS_GROUP, ...(args.groups ?? [])] });
  for (const slug of args.stacks ?? []) {
    const stack = await ensureStack(db, { slug });
    await db.stackManager.upsert({
      where: { userId_stackId: { userId: user.id, stackId: stack.id } },
      create: { userId: user.id, stackId: stack.id },
      update: {},
    });
  }
  return user;
}

// ---------------------------------------------------------------- NGIs, sites, teams

export async function ensureNgi(db: SeedDb, args: { code?: string; name?: string } = {}): Promise<Ngi> {
  const code = args.code ?? `T${uniqueLetters()}`;
  return db.ngi.upsert({ where: { code }, create: { code, name: args.name ?? `Test NGI ${code}` }, update: {} });
}

export interface CreateTeamArgs {
  /** NGI code, upper case (default: a fresh test NGI). */
  ngiCode?: string;
  ngiName?: string;
  siteName?: string;
  timeZone?: string;
  createdAt?: Date;
  retiredAt?: Date | null;
  description?: string;
  contacts?: string[];
  /** Also create member@<team>.demo.local in the team's group (default true). */
  withMember?: boolean;
}

export interface TeamBundle {
  ngi: Ngi;
  site: Site;
  team: Team;
  group: Group;
  member: User | null;
}

/** An EA team `ea-<NGI>-<Site>` with its site, its TEAM group and (by default) its member user. */
export async function createTeam(db: SeedDb, args: CreateTeamArgs = {}): Promise<TeamBundle> {
  const ngi = await ensureNgi(db, { code: args.ngiCode, name: args.ngiName });
  const siteName = args.siteName ?? `SITE-${uniqueTag()}`;
  const site = await db.site.upsert({
    where: { ngiId_name: { ngiId: ngi.id, name: siteName } },
    create: { ngiId: ngi.id, name: siteName, timeZone: args.timeZone ?? 'Europe/Lisbon' },
    update: {},
  });
  const name = teamName(ngi.code, site.name);
  const team = await db.team.upsert({
    where: { name },
    create: {
      name,
      siteId: site.id,
      description: args.description ?? '',
      ...(args.createdAt ? { createdAt: args.createdAt } : {}),
      retiredAt: args.retiredAt ?? null,
      contacts: { create: (args.contacts ?? []).map((email) => ({ email })) },
    },
    update: {},
  });
  const group = await db.group.upsert({ where: { name }, create: { name, kind: 'TEAM', teamId: team.id }, update: {} });
  let member: User | null = null;
  if (args.withMember ?? true) {
    member = await createUser(db, { email: memberEmail(name), name: `Member of ${site.name}`, timeZone: site.timeZone });
    await addToGroup(db, member.id, name);
  }
  return { ngi, site, team, group, member };
}

// ---------------------------------------------------------------- catalogue

export async function ensureStack(
  db: SeedDb,
  args: { slug?: string; name?: string; provider?: string; external?: boolean; repoUrl?: string } = {},
): Promise<Stack> {
  const slug = args.slug ?? `stack-${uniqueTag()}`;
  const existing = await db.stack.findUnique({ where: { slug } });
  if (existing) return existing;
  const providerName = args.provider ?? 'EMI';
  const provider = await db.technologyProvider.upsert({
    where: { name: providerName },
    create: { name: providerName, external: args.external ?? providerName !== 'EGI' },
    update: {},
  });
  const stack = await db.stack.upsert({
    where: { slug },
    create: {
      slug,
      name: args.name ?? `Stack ${slug}`,
      providerId: provider.id,
      mailingList: stackListAddress(slug, 'mailman.egi.eu'),
      repoUrl: args.repoUrl ?? `http://repository.egi.eu/sw/production/umd/1/${slug}/`,
    },
    update: {},
  });
  await db.group.upsert({
    where: { name: stackListGroup(slug) },
    create: { name: stackListGroup(slug), kind: 'STACK_LIST', stackId: stack.id },
    update: {},
  });
  return stack;
}

export async function ensurePlatform(db: SeedDb, os = 'SL5', arch = 'x86_64'): Promise<Platform> {
  return db.platform.upsert({ where: { os_arch: { os, arch } }, create: { os, arch }, update: {} });
}

export interface CreateComponentArgs {
  /** Stack slug (created when missing); default: a fresh stack. */
  stack?: string;
  name?: string;
  capability?: Capability;
  description?: string;
  /** "OS ARCH" keys, e.g. ["SL5 x86_64", "SL6 x86_64"] (default: SL5 x86_64). */
  platforms?: string[];
  retiredAt?: Date | null;
}

export async function createComponent(db: SeedDb, args: CreateComponentArgs = {}): Promise<Component & { platformList: Platform[] }> {
  const stack = await ensureStack(db, { slug: args.stack });
  const name = args.name ?? `COMP-${uniqueTag()}`;
  const component = await db.component.upsert({
    where: { stackId_name: { stackId: stack.id, name } },
    create: {
      stackId: stack.id,
      name,
      capability: args.capability ?? 'COMPUTE',
      description: args.description ?? '',
      retiredAt: args.retiredAt ?? null,
    },
    update: {},
  });
  const platformList: Platform[] = [];
  for (const key of args.platforms ?? ['SL5 x86_64']) {
    const [os = 'SL5', arch = 'x86_64'] = key.split(' ');
    const platform = await ensurePlatform(db, os, arch);
    await db.componentPlatform.upsert({
      where: { componentId_platformId: { componentId: component.id, platformId: platform.id } },
      create: { componentId: component.id, platformId: platform.id },
      update: {},
    });
    platformList.push(platform);
  }
  return { ...component, platformList };
}

/** Team x component x platform; creates a team / component / platform when not given. */
export async function createCommitment(
  db: SeedDb,
  args: { teamId?: string; componentId?: string; platformId?: string; createdAt?: Date } = {},
): Promise<Commitment> {
  const teamId = args.teamId ?? (await createTeam(db)).team.id;
  let componentId = args.componentId;
  let platformId = args.platformId;
  if (!componentId) {
    const component = await createComponent(db);
    componentId = component.id;
    platformId ??= component.platformList[0]!.id;
  }
  if (!platformId) {
    const shipped = await db.componentPlatform.findFirst({ where: { componentId } });
    if (!shipped) throw new Error('createCommitment: the component ships on no platform; pass platformId');
    platformId = shipped.platformId;
  }
  return db.commitment.upsert({
    where: { teamId_componentId_platformId: { teamId, componentId, platformId } },
    create: { teamId, componentId, platformId, ...(args.createdAt ? { createdAt: args.createdAt } : {}) },
    update: {},
  });
}

// ---------------------------------------------------------------- releases and rollouts

export interface CreateReleaseArgs {
  componentId?: string;
  umdMajor?: string;
  productVersion?: string;
  type?: ReleaseType;
  security?: boolean;
  /** Platform ids of the items (default: every platform the component ships on). */
  platformIds?: string[];
  state?: ReleaseItemState;
  submittedById?: string | null;
  submittedAt?: Date;
  productionAt?: Date | null;
  skipJustification?: string | null;
}

export type ReleaseWithItems = Release & { items: (ReleaseItem & { platform: Platform })[] };

/** A release with one item per platform; found again by (component, version, UMD major). */
export async function createRelease(db: SeedDb, args: CreateReleaseArgs = {}): Promise<ReleaseWithItems> {
  const componentId = args.componentId ?? (await createComponent(db)).id;
  const component = await db.component.findUniqueOrThrow({ where: { id: componentId }, include: { platforms: true } });
  const umdMajor = args.umdMajor ?? 'EMI-1.0';
  const productVersion = args.productVersion ?? `1.0.0-${uniqueTag()}`;
  const include = { items: { include: { platform: true }, orderBy: { platformId: 'asc' as const } } };
  const existing = await db.release.findFirst({ where: { componentId, productVersion, umdMajor }, include });
  if (existing) return existing;
  const platformIds = args.platformIds ?? component.platforms.map((link) => link.platformId);
  if (platformIds.length === 0) throw new Error('createRelease: no platforms (the component ships on none)');
  return db.release.create({
    data: {
      stackId: component.stackId,
      componentId,
      umdMajor,
      productVersion,
      type: args.type ?? 'REVISION',
      security: args.security ?? false,
      releaseNotes: `Test release ${component.name} ${productVersion}`,
      submittedById: args.submittedById ?? null,
      ...(args.submittedAt ? { submittedAt: args.submittedAt } : {}),
      productionAt: args.productionAt ?? null,
      skipJustification: args.skipJustification ?? null,
      items: { create: platformIds.map((platformId) => ({ platformId, state: args.state ?? 'UNVERIFIED' })) },
    },
    include,
  });
}

export interface CreateRolloutArgs {
  /** The release item to roll out (default: a fresh release in STAGED_ROLLOUT). */
  releaseItemId?: string;
  status?: RolloutStatus;
  ownerId?: string | null;
  outcome?: Outcome | null;
  createdAt?: Date;
  assignedAt?: Date | null;
  resolvedAt?: Date | null;
}

/** The staged-rollout ticket of a release item, titled by the naming convention. */
export async function createRollout(db: SeedDb, args: CreateRolloutArgs = {}): Promise<Rollout> {
  const releaseItemId = args.releaseItemId ?? (await createRelease(db, { state: 'STAGED_ROLLOUT' })).items[0]!.id;
  const existing = await db.rollout.findUnique({ where: { releaseItemId } });
  if (existing) return existing;
  const item = await db.releaseItem.findUniqueOrThrow({
    where: { id: releaseItemId },
    include: { platform: true, release: { include: { component: true } } },
  });
  const status = args.status ?? (args.ownerId ? 'OPEN' : 'NEW');
  return db.rollout.create({
    data: {
      releaseItemId,
      title: rolloutTitle({
        umdMajor: item.release.umdMajor,
        component: item.release.component.name,
        version: item.release.productVersion,
        os: item.platform.os,
        arch: item.platform.arch,
      }),
      status,
      ownerId: args.ownerId ?? null,
      outcome: args.outcome ?? null,
      ...(args.createdAt ? { createdAt: args.createdAt } : {}),
      assignedAt: args.assignedAt ?? (args.ownerId ? new Date() : null),
      resolvedAt: args.resolvedAt ?? (status === 'RESOLVED' ? new Date() : null),
    },
  });
}

export interface CreateParticipationArgs {
  rolloutId?: string;
  teamId?: string;
  status?: ParticipationStatus;
  invitedAt?: Date;
  repliedAt?: Date | null;
  exposureStart?: Date | null;
  exposureEnd?: Date | null;
}

/** A team invited to a rollout; replyDueAt is 1 working day after the invitation in the team's time zone. */
export async function createParticipation(db: SeedDb, args: CreateParticipationArgs = {}): Promise<Participation> {
  const rolloutId = args.rolloutId ?? (await createRollout(db)).id;
  const teamId = args.teamId ?? (await createTeam(db)).team.id;
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, include: { site: true } });
  const invitedAt = args.invitedAt ?? new Date();
  const status = args.status ?? 'INVITED';
  return db.participation.upsert({
    where: { rolloutId_teamId: { rolloutId, teamId } },
    create: {
      rolloutId,
      teamId,
      status,
      invitedAt,
      replyDueAt: replyDueAfter(invitedAt, team.site.timeZone),
      repliedAt: args.repliedAt ?? (status === 'INVITED' ? null : invitedAt),
      replyChannel: status === 'INVITED' ? null : 'app',
      exposureStart: args.exposureStart ?? null,
      exposureEnd: args.exposureEnd ?? null,
    },
    update: {},
  });
}

export interface CreateReportArgs {
  participationId: string;
  recommendation?: Outcome;
  submittedById?: string | null;
  submittedAt?: Date;
  text?: string;
}

/** A team's report on its participation, with a generated text file named by the convention. */
export async function createReport(db: SeedDb, args: CreateReportArgs): Promise<Report> {
  const existing = await db.report.findUnique({ where: { participationId: args.participationId } });
  if (existing) return existing;
  const participation = await db.participation.findUniqueOrThrow({
    where: { id: args.participationId },
    include: {
      team: { include: { site: { include: { ngi: true } } } },
      rollout: { include: { releaseItem: { include: { platform: true, release: { include: { component: true, stack: true } } } } } },
    },
  });
  const { release, platform } = participation.rollout.releaseItem;
  const recommendation = args.recommendation ?? 'ACCEPT';
  const exposureStart = participation.exposureStart ?? participation.invitedAt;
  const exposureEnd = participation.exposureEnd ?? new Date();
  const text =
    args.text ??
    reportText({
      team: participation.team.name,
      ngiCode: participation.team.site.ngi.code,
      siteName: participation.team.site.name,
      stackName: release.stack.name,
      component: release.component.name,
      version: release.productVersion,
      platform: `${platform.os} ${platform.arch}`,
      title: participation.rollout.title,
      exposureStart,
      exposureEnd,
      releaseNotesCorrect: true,
      testsPerformed: 'Installation, configuration and functional tests',
      jobsPerDay: 1000,
      transfersPerDay: null,
      vos: 'ops, dteam',
      recommendation,
      issues: '',
      author: participation.team.name,
    });
  const content = utf8(text);
  return db.report.create({
    data: {
      participationId: participation.id,
      fileName: reportFileName({
        ngiCode: participation.team.site.ngi.code,
        siteName: participation.team.site.name,
        stack: release.stack.name,
        component: release.component.name,
        version: release.productVersion,
        ext: 'txt',
      }),
      contentType: 'text/plain; charset=utf-8',
      size: content.byteLength,
      content,
      sha256: sha256Hex(content),
      releaseNotesCorrect: true,
      testsPerformed: 'Installation, configuration and functional tests',
      jobsPerDay: 1000,
      vos: 'ops, dteam',
      recommendation,
      submittedById: args.submittedById ?? null,
      ...(args.submittedAt ? { submittedAt: args.submittedAt } : {}),
    },
  });
}
