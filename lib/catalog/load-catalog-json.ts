// Reads of the catalogue as the API answers them (lib/catalog/catalog-json.ts): the lists, and one
// entity by id for its GET and for the If-Match check of the writes on it.
import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/embargo/visibility';
import { NotFoundError } from '@/lib/errors';
import { componentJson, type PlatformJson, platformLabel, type ProviderJson, retirementJson, type StackJson } from './catalog-json';
import { listComponents } from './list-components';
import { componentTableParams } from './table-params';

const providerInclude = { stacks: { select: { id: true, slug: true, name: true }, orderBy: { slug: 'asc' } } } as const;

export async function listProvidersJson(where: { id?: string } = {}): Promise<ProviderJson[]> {
  const providers = await db.technologyProvider.findMany({ where, include: providerInclude, orderBy: { name: 'asc' } });
  return providers.map((provider) => ({
    id: provider.id,
    name: provider.name,
    external: provider.external,
    ...retirementJson(provider),
    version: provider.version,
    createdAt: provider.createdAt.toISOString(),
    stacks: provider.stacks,
  }));
}

export async function listStacksJson(where: { id?: string } = {}): Promise<StackJson[]> {
  const stacks = await db.stack.findMany({
    where,
    include: { provider: { select: { id: true, name: true } }, _count: { select: { components: { where: { retiredAt: null } } } } },
    orderBy: { slug: 'asc' },
  });
  return stacks.map((stack) => ({
    id: stack.id,
    slug: stack.slug,
    name: stack.name,
    provider: stack.provider,
    mailingList: stack.mailingList,
    repoUrl: stack.repoUrl,
    ...retirementJson(stack),
    version: stack.version,
    createdAt: stack.createdAt.toISOString(),
    liveComponents: stack._count.components,
  }));
}

export async function listPlatformsJson(where: { id?: string } = {}): Promise<PlatformJson[]> {
  const platforms = await db.platform.findMany({ where, include: { _count: { select: { components: true, commitments: true } } }, orderBy: [{ os: 'asc' }, { arch: 'asc' }] });
  return platforms.map((platform) => ({
    id: platform.id,
    os: platform.os,
    arch: platform.arch,
    label: platformLabel(platform),
    ...retirementJson(platform),
    version: platform.version,
    createdAt: platform.createdAt.toISOString(),
    components: platform._count.components,
    commitments: platform._count.commitments,
  }));
}

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new NotFoundError(`${what} no longer exists.`);
  return row;
}

export const loadProviderJson = (id: string) => one(listProvidersJson({ id }), 'This provider');
export const loadStackJson = (id: string) => one(listStacksJson({ id }), 'This stack');
export const loadPlatformJson = (id: string) => one(listPlatformsJson({ id }), 'This platform');

/** One component: the very object its row in GET /api/v1/components is (its latest version as the viewer may see it). */
export async function loadComponentJson(id: string, viewer: Viewer) {
  const [row] = (await listComponents(componentTableParams.parse({}), viewer, { id })).rows;
  if (!row) throw new NotFoundError('This component no longer exists.');
  return componentJson(row);
}
