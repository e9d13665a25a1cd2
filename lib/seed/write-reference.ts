// Writes the reference data: NGIs, sites, teams and their groups, contacts and people; providers, stacks,
// platforms, components, commitments; staff users, groups and memberships. Every table is written with
// one createMany(skipDuplicates) on its natural unique key and read back by that key, so a second run
// inserts nothing and never touches rows that already exist.
import { stackListGroup } from '@/lib/auth/group-names';
import type { Prisma } from '@/lib/generated/prisma/client';
import { COMPONENTS, PLATFORMS, platformKey } from './data/components';
import { TEST_PLANS } from './data/test-plans';
import { NGIS } from './data/ngis';
import { FIXED_GROUPS, STAFF } from './data/people';
import { PROVIDERS, STACKS, stackMailingList } from './data/stacks';
import type { World } from './plan-types';
import { componentCreatedAt } from './world';

export type SeedDb = Prisma.TransactionClient;

export interface Refs {
  ngis: Map<string, string>; // code -> id
  teams: Map<string, string>; // name -> id
  users: Map<string, string>; // email -> id
  stacks: Map<string, string>; // slug -> id
  platforms: Map<string, string>; // "OS ARCH" -> id
  components: Map<string, string>; // "stack/name" -> id
}

const STAFF_SINCE = new Date('2010-04-01T09:00:00Z');
const PROJECT_START = new Date('2010-05-01T00:00:00Z');

export async function writeReference(db: SeedDb, world: World, count: (n: number) => void): Promise<Refs> {
  // ---------------------------------------------------------------- NGIs, sites, teams
  count(
    (await db.ngi.createMany({ data: NGIS.map((ngi) => ({ code: ngi.code, name: ngi.name, createdAt: PROJECT_START })), skipDuplicates: true }))
      .count,
  );
  const ngiRows = await db.ngi.findMany({ where: { code: { in: NGIS.map((ngi) => ngi.code) } }, select: { id: true, code: true } });
  const ngis = new Map(ngiRows.map((row) => [row.code, row.id]));
  const ngiId = (code: string) => must(ngis, code, 'NGI');

  count(
    (
      await db.site.createMany({
        data: world.teams.map((team) => ({
          ngiId: ngiId(team.ngiCode),
          name: team.siteName,
          timeZone: team.timeZone,
          createdAt: team.createdAt,
        })),
        skipDuplicates: true,
      })
    ).count,
  );
  const siteRows = await db.site.findMany({ where: { ngiId: { in: [...ngis.values()] } }, select: { id: true, ngiId: true, name: true } });
  const sites = new Map(siteRows.map((row) => [`${row.ngiId}/${row.name}`, row.id]));

  count(
    (
      await db.team.createMany({
        data: world.teams.map((team) => ({
          name: team.name,
          siteId: must(sites, `${ngiId(team.ngiCode)}/${team.siteName}`, 'site'),
          description: team.description,
          createdAt: team.createdAt,
        })),
        skipDuplicates: true,
      })
    ).count,
  );
  const teamRows = await db.team.findMany({ where: { name: { in: world.teams.map((team) => team.name) } }, select: { id: true, name: true } });
  const teams = new Map(teamRows.map((row) => [row.name, row.id]));

  count(
    (
      await db.teamContact.createMany({
        data: world.teams.flatMap((team) =>
          team.contacts.map((contact) => ({
            teamId: must(teams, team.name, 'team'),
            email: contact.email,
            name: contact.name,
            createdAt: team.createdAt,
          })),
        ),
        skipDuplicates: true,
      })
    ).count,
  );

  // ---------------------------------------------------------------- catalogue
  count(
    (
      await db.technologyProvider.createMany({
        data: PROVIDERS.map((provider) => ({ name: provider.name, external: provider.external, createdAt: PROJECT_START })),
        skipDuplicates: true,
      })
    ).count,
  );
  const providerRows = await db.technologyProvider.findMany({
    where: { name: { in: PROVIDERS.map((provider) => provider.name) } },
    select: { id: true, name: true },
  });
  const providers = new Map(providerRows.map((row) => [row.name, row.id]));

  count(
    (
      await db.stack.createMany({
        data: STACKS.map((stack) => ({
          slug: stack.slug,
          name: stack.name,
          providerId: must(providers, stack.provider, 'provider'),
          mailingList: stackMailingList(stack.slug),
          repoUrl: stack.repoUrl,
          createdAt: componentCreatedAt(stack.slug),
        })),
        skipDuplicates: true,
      })
    ).count,
  );
  const stackRows = await db.stack.findMany({ where: { slug: { in: STACKS.map((stack) => stack.slug) } }, select: { id: true, slug: true } });
  const stacks = new Map(stackRows.map((row) => [row.slug, row.id]));

  count((await db.platform.createMany({ data: PLATFORMS.map((platform) => ({ ...platform, createdAt: PROJECT_START })), skipDuplicates: true })).count);
  const platformRows = await db.platform.findMany({
    where: { OR: PLATFORMS.map((platform) => ({ os: platform.os, arch: platform.arch })) },
    select: { id: true, os: true, arch: true },
  });
  const platforms = new Map(platformRows.map((row) => [platformKey(row.os, row.arch), row.id]));

  count(
    (
      await db.component.createMany({
        data: COMPONENTS.map((component) => ({
          stackId: must(stacks, component.stack, 'stack'),
          name: component.name,
          capability: component.capability,
          description: component.description,
          createdAt: componentCreatedAt(component.stack),
          retiredAt: component.retiredAt ? new Date(`${component.retiredAt}T00:00:00Z`) : null,
        })),
        skipDuplicates: true,
      })
    ).count,
  );
  const stackSlugById = new Map(stackRows.map((row) => [row.id, row.slug]));
  const componentRows = await db.component.findMany({
    where: { stackId: { in: [...stacks.values()] } },
    select: { id: true, stackId: true, name: true },
  });
  const components = new Map(componentRows.map((row) => [`${stackSlugById.get(row.stackId)}/${row.name}`, row.id]));
  const componentId = (stack: string, name: string) => must(components, `${stack}/${name}`, 'component');

  count(
    (
      await db.componentPlatform.createMany({
        data: COMPONENTS.flatMap((component) =>
          component.platforms.map((platform) => ({
            componentId: componentId(component.stack, component.name),
            platformId: must(platforms, platform, 'platform'),
          })),
        ),
        skipDuplicates: true,
      })
    ).count,
  );

  // Test plans: written once (a component that has any item keeps what it has).
  for (const plan of TEST_PLANS) {
    const id = componentId(plan.stack, plan.component);
    if (await db.testPlanItem.count({ where: { componentId: id } })) continue;
    count((await db.testPlanItem.createMany({ data: plan.items.map((item, position) => ({ componentId: id, ...item, position })) })).count);
  }

  count(
    (
      await db.commitment.createMany({
        data: world.commitments.map((commitment) => ({
          teamId: must(teams, commitment.team, 'team'),
          componentId: componentId(commitment.stack, commitment.component),
          platformId: must(platforms, commitment.platform, 'platform'),
          createdAt: commitment.createdAt,
        })),
        skipDuplicates: true,
      })
    ).count,
  );

  // ---------------------------------------------------------------- people and groups
  const people = [
    ...STAFF.map((person) => ({ email: person.email, name: person.name, timeZone: person.timeZone, createdAt: STAFF_SINCE })),
    ...world.teams.flatMap((team) => team.members),
  ];
  count(
    (
      await db.user.createMany({
        data: people.map((person) => ({ email: person.email, name: person.name, timeZone: person.timeZone, createdAt: person.createdAt })),
        skipDuplicates: true,
      })
    ).count,
  );
  const userRows = await db.user.findMany({ where: { email: { in: people.map((person) => person.email) } }, select: { id: true, email: true } });
  const users = new Map(userRows.map((row) => [row.email, row.id]));

  const groupData: Prisma.GroupCreateManyInput[] = [
    ...FIXED_GROUPS.map((group) => ({ name: group.name, kind: group.kind, description: group.description, createdAt: PROJECT_START })),
    ...STACKS.map((stack) => ({
      name: stackListGroup(stack.slug),
      kind: 'STACK_LIST' as const,
      description: `Early Adopters of ${stack.name} (${stackMailingList(stack.slug)})`,
      stackId: must(stacks, stack.slug, 'stack'),
      createdAt: componentCreatedAt(stack.slug),
    })),
    ...world.teams.map((team) => ({
      name: team.name,
      kind: 'TEAM' as const,
      description: `Members of the EA team of ${team.siteName}`,
      teamId: must(teams, team.name, 'team'),
      createdAt: team.createdAt,
    })),
  ];
  count((await db.group.createMany({ data: groupData, skipDuplicates: true })).count);
  const groupRows = await db.group.findMany({ where: { name: { in: groupData.map((group) => group.name) } }, select: { id: true, name: true } });
  const groups = new Map(groupRows.map((row) => [row.name, row.id]));

  const memberships: Prisma.GroupMembershipCreateManyInput[] = [];
  const join = (email: string, group: string, createdAt: Date) =>
    memberships.push({ userId: must(users, email, 'user'), groupId: must(groups, group, 'group'), source: 'APP', createdAt });
  for (const person of STAFF) for (const group of person.groups) join(person.email, group, STAFF_SINCE);
  for (const team of world.teams) {
    const stacksOfTeam = [...new Set(world.commitments.filter((c) => c.team === team.name).map((c) => c.stack))];
    for (const member of team.members) {
      join(member.email, team.name, member.createdAt);
      for (const stack of stacksOfTeam) join(member.email, stackListGroup(stack), member.createdAt);
    }
  }
  count((await db.groupMembership.createMany({ data: memberships, skipDuplicates: true })).count);

  count(
    (
      await db.stackManager.createMany({
        data: STAFF.flatMap((person) =>
          (person.manages ?? []).map((slug) => ({
            userId: must(users, person.email, 'user'),
            stackId: must(stacks, slug, 'stack'),
            createdAt: STAFF_SINCE,
          })),
        ),
        skipDuplicates: true,
      })
    ).count,
  );

  return { ngis, teams, users, stacks, platforms, components };
}

export function must<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: unknown ${what} "${key}"`);
  return value;
}
