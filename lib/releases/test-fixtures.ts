// Test data for the release tests (integration only): a stack with a component on two platforms,
// users in the provider/verifier/coordinator groups, and releases at any item state. Unique names
// per call, so tests never collide and nothing needs resetting.
import type { CurrentUser } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { uniqueTag } from '@/lib/seed/factories';
import type { GroupKind, ReleaseItemState, ReleaseType } from '@/lib/generated/prisma/enums';
import type { Role } from '@/lib/auth/roles';

const GROUP_KINDS: Record<string, GroupKind> = {
  'sw-rel-sr': 'COORDINATORS',
  'technology-providers': 'PROVIDERS',
  'sw-rel-verifiers': 'VERIFIERS',
  'staged-rollout': 'MANAGERS',
};

export async function makeCatalog(opts: { repoUrl?: string } = {}) {
  const tag = `t${uniqueTag()}`;
  const provider = await db.technologyProvider.create({ data: { name: `TP-${tag}` } });
  const stack = await db.stack.create({
    data: { slug: `s-${tag}`, name: `Stack-${tag}`, providerId: provider.id, repoUrl: opts.repoUrl ?? `http://repo.example.org/${tag}/sr` },
  });
  const component = await db.component.create({ data: { stackId: stack.id, name: `COMP-${tag}`, capability: 'COMPUTE' } });
  const sl5 = await db.platform.upsert({ where: { os_arch: { os: 'SL5', arch: 'x86_64' } }, create: { os: 'SL5', arch: 'x86_64' }, update: {} });
  const sl6 = await db.platform.upsert({ where: { os_arch: { os: 'SL6', arch: 'x86_64' } }, create: { os: 'SL6', arch: 'x86_64' }, update: {} });
  await db.componentPlatform.createMany({ data: [sl5, sl6].map((p) => ({ componentId: component.id, platformId: p.id })) });
  return { provider, stack, component, platforms: [sl5, sl6] as const };
}

export async function makeUser(roles: Role[] = [], groupNames: string[] = []): Promise<CurrentUser> {
  const tag = `u${uniqueTag()}`;
  const user = await db.user.create({ data: { email: `${tag}@test.local`, name: tag } });
  for (const name of groupNames) {
    const group = await db.group.upsert({ where: { name }, create: { name, kind: GROUP_KINDS[name] ?? 'COORDINATORS' }, update: {} });
    await db.groupMembership.create({ data: { userId: user.id, groupId: group.id, source: 'APP' } });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    timeZone: 'UTC',
    roles,
    groups: [],
    teams: [],
    teamIds: [],
    managedStackIds: [],
    managedStacks: [],
  };
}

export async function makeRelease(opts: {
  catalog: Awaited<ReturnType<typeof makeCatalog>>;
  type?: ReleaseType;
  states?: ReleaseItemState[];
  submittedById?: string;
  umdMajor?: string;
  productVersion?: string;
  submittedAt?: Date;
}) {
  const { catalog } = opts;
  const states = opts.states ?? ['UNVERIFIED'];
  return db.release.create({
    data: {
      stackId: catalog.stack.id,
      componentId: catalog.component.id,
      umdMajor: opts.umdMajor ?? 'EMI-1.0',
      productVersion: opts.productVersion ?? '1.8.0-1',
      type: opts.type ?? 'MINOR',
      releaseNotes: 'Fixes <b>things</b>',
      submittedById: opts.submittedById,
      submittedAt: opts.submittedAt,
      items: { create: states.map((state, index) => ({ platformId: catalog.platforms[index]!.id, state, packages: 'pkg-a\npkg-b' })) },
    },
    include: { items: { orderBy: { platform: { os: 'asc' } } } },
  });
}
