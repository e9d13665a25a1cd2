// JSON shapes of the catalogue in the API (providers, stacks, platforms, components), each defined once
// as a zod schema: the builders are typed by it, the OpenAPI description shows it as the response, and
// test/api/openapi-responses.test.ts checks real answers against it. A list item and the entity's own
// GET are the same object; every reference carries its id and its name.
import { z } from 'zod';
import { appUrl } from '@/lib/notify/enqueue-message';
import { CAPABILITIES } from './capabilities';
import type { ComponentRow } from './list-components';

const instant = z.iso.datetime();
const ref = z.strictObject({ id: z.string(), name: z.string() });
/** Retired entries stay in the lists (history refers to them), marked; pickers leave them out. */
const retirement = { status: z.enum(['live', 'retired']), retiredAt: instant.nullable() };
export const retirementJson = (row: { retiredAt: Date | null }) => ({ status: row.retiredAt ? ('retired' as const) : ('live' as const), retiredAt: row.retiredAt?.toISOString() ?? null });

export const ZProviderJson = z.strictObject({
  id: z.string(),
  name: z.string(),
  external: z.boolean(),
  ...retirement,
  version: z.int(),
  createdAt: instant,
  stacks: z.array(z.strictObject({ id: z.string(), slug: z.string(), name: z.string() })),
});
export type ProviderJson = z.infer<typeof ZProviderJson>;

export const ZStackJson = z.strictObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  provider: ref,
  mailingList: z.string(),
  repoUrl: z.string(),
  ...retirement,
  version: z.int(),
  createdAt: instant,
  liveComponents: z.int(),
});
export type StackJson = z.infer<typeof ZStackJson>;

export const ZPlatformJson = z.strictObject({
  id: z.string(),
  os: z.string(),
  arch: z.string(),
  label: z.string(),
  ...retirement,
  version: z.int(),
  createdAt: instant,
  components: z.int(),
  commitments: z.int(),
});
export type PlatformJson = z.infer<typeof ZPlatformJson>;

const platformRef = z.strictObject({ id: z.string(), os: z.string(), arch: z.string(), label: z.string() });

export const ZComponentJson = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  capability: z.enum(CAPABILITIES),
  stack: z.strictObject({ id: z.string(), slug: z.string(), name: z.string() }),
  provider: z.string(),
  status: z.enum(['live', 'retired']),
  version: z.int(),
  createdAt: instant,
  retiredAt: instant.nullable(),
  gocdbServiceType: z.string().nullable(),
  platforms: z.array(platformRef),
  committedTeams: z.int(),
  versions: z.int(),
  latestVersion: z.string().nullable(),
  url: z.url(),
});
export type ComponentJson = z.infer<typeof ZComponentJson>;

export const platformLabel = (platform: { os: string; arch: string }) => `${platform.os} ${platform.arch}`;

export function componentJson(row: ComponentRow): ComponentJson {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    capability: row.capability,
    stack: row.stack,
    provider: row.provider,
    status: row.retiredAt ? 'retired' : 'live',
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    gocdbServiceType: row.gocdbServiceType,
    platforms: row.platforms.map((platform) => ({ ...platform, label: platformLabel(platform) })),
    committedTeams: row.counts.teams,
    versions: row.counts.versions,
    latestVersion: row.latestVersion,
    url: appUrl(`/catalog/components/${row.id}`),
  };
}

/** The lib's field names in a component write's errors, as the API's bodies name them. */
export const COMPONENT_API_FIELDS: Record<string, string> = { stackId: 'stack', platformIds: 'platforms' };
