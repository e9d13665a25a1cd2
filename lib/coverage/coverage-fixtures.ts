// Test data for the coverage integration tests: a stack of its own (unique slug, so a test can filter
// to exactly its rows in a shared database), platforms, components, teams and commitments.
import { uniqueTag } from '@/lib/seed/factories';
import { db } from '@/lib/db/client';
import type { Capability } from '@/lib/generated/prisma/enums';

export async function createStack(suffix = uniqueTag(), providerName = `Prov-${suffix}`) {
  const provider = await db.technologyProvider.upsert({ where: { name: providerName }, update: {}, create: { name: providerName } });
  return db.stack.create({ data: { slug: `st-${suffix}`, name: `Stack ${suffix}`, providerId: provider.id } });
}

export async function createPlatform(os: string, arch = 'x86_64') {
  return db.platform.upsert({ where: { os_arch: { os, arch } }, update: {}, create: { os, arch } });
}

export async function createComponent(
  stackId: string,
  name: string,
  platformIds: string[],
  extra: { capability?: Capability; retiredAt?: Date } = {},
) {
  return db.component.create({
    data: {
      stackId,
      name,
      capability: extra.capability ?? 'COMPUTE',
      retiredAt: extra.retiredAt ?? null,
      platforms: { create: platformIds.map((platformId) => ({ platformId })) },
    },
  });
}

export async function createTeam(label: string, extra: { retiredAt?: Date; contacts?: string[] } = {}) {
  const suffix = uniqueTag();
  const ngi = await db.ngi.create({ data: { code: `N${suffix}`, name: `NGI ${suffix}` } });
  const site = await db.site.create({ data: { ngiId: ngi.id, name: `${label}-${suffix}` } });
  return db.team.create({
    data: {
      name: `ea-${ngi.code}-${site.name}`,
      siteId: site.id,
      retiredAt: extra.retiredAt ?? null,
      contacts: { create: (extra.contacts ?? []).map((email) => ({ email })) },
    },
  });
}

export async function commit(teamId: string, componentId: string, platformId: string) {
  return db.commitment.create({ data: { teamId, componentId, platformId } });
}
