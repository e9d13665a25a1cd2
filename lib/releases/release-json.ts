// The JSON shape of a release in the API: one object for GET /api/v1/releases (each item of `data`),
// GET /api/v1/releases/{number} and the answer to POST /api/v1/releases. Ids and natural names
// (number, slug, component name, "OS arch"), ISO dates, absolute links. The shapes are zod schemas: the
// builders are typed by them, the OpenAPI description documents them (test/api/openapi-responses.test.ts).
import { z } from 'zod';
import { Capability, Outcome, ReleaseItemState, ReleaseType, RolloutStatus } from '@/lib/generated/prisma/enums';
import { appUrl } from '@/lib/notify/enqueue-message';
import type { ReleaseDetail } from './queries';
import { itemOutcome, platformLabel, releasePath, releaseRef } from './release-format';

type Item = ReleaseDetail['items'][number];

const instant = z.iso.datetime();
const itemRollout = {
  id: z.string(),
  number: z.int(),
  status: z.enum(RolloutStatus),
  outcome: z.enum(Outcome).nullable(),
  resolvedAt: instant.nullable(),
  document: z.strictObject({ number: z.int() }).nullable(),
  url: z.url(),
};

const ZReleaseItemEntry = z.strictObject({
  id: z.string(),
  platformId: z.string(),
  platform: z.string(),
  os: z.string(),
  arch: z.string(),
  state: z.enum(ReleaseItemState),
  version: z.int(),
  stateChangedAt: instant,
  outcome: z.enum(['ACCEPT', 'REJECT', 'SUPERSEDED', 'NO_TEST', 'VERIFICATION_REJECTED']).nullable(),
  packages: z.array(z.string()),
  verificationReportUrl: z.string().nullable(),
  verificationNote: z.string().nullable(),
  rollout: z.strictObject({ ...itemRollout, title: z.string(), knownIssues: z.string(), owner: z.string().nullable() }).nullable(),
});

export const ZReleaseJson = z.strictObject({
  id: z.string(),
  number: z.int(),
  ref: z.string(),
  stack: z.strictObject({ id: z.string(), slug: z.string(), name: z.string(), provider: z.string(), repositoryUrl: z.string().nullable() }),
  component: z.strictObject({ id: z.string(), name: z.string(), capability: z.enum(Capability) }),
  product: z.string(),
  productVersion: z.string(),
  umdMajor: z.string(),
  type: z.enum(ReleaseType),
  security: z.boolean(),
  embargoedUntil: instant.nullable(),
  embargoLiftedAt: instant.nullable(),
  embargoLiftReason: z.string().nullable(),
  releaseNotes: z.string(),
  documentationUrl: z.string().nullable(),
  installNotes: z.string(),
  cadenceOverride: z.string().nullable(),
  skipJustification: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: instant,
  productionAt: instant.nullable(),
  version: z.int(),
  items: z.array(ZReleaseItemEntry),
  url: z.url(),
});
export type ReleaseJson = z.infer<typeof ZReleaseJson>;

/** GET /api/v1/releases/{number}/items/{itemId}: the item as in its release, with the release's link. */
export const ZReleaseItemJson = ZReleaseItemEntry.extend({
  release: z.strictObject({ id: z.string(), number: z.int(), ref: z.string(), url: z.url() }),
});

function itemJson(item: Item) {
  return {
    id: item.id,
    platformId: item.platform.id,
    platform: platformLabel(item.platform),
    os: item.platform.os,
    arch: item.platform.arch,
    state: item.state,
    version: item.version,
    stateChangedAt: item.stateChangedAt.toISOString(),
    outcome: itemOutcome(item),
    rollout: item.rollout
      ? {
          id: item.rollout.id,
          number: item.rollout.number,
          status: item.rollout.status,
          outcome: item.rollout.outcome,
          resolvedAt: item.rollout.resolvedAt?.toISOString() ?? null,
          document: item.rollout.document ? { number: item.rollout.document.number } : null,
          url: appUrl(`/rollouts/${item.rollout.number}`),
        }
      : null,
  };
}

export function releaseJson(release: ReleaseDetail): ReleaseJson {
  return {
    id: release.id,
    number: release.number,
    ref: releaseRef(release.number),
    stack: { id: release.stack.id, slug: release.stack.slug, name: release.stack.name, provider: release.stack.provider.name, repositoryUrl: release.stack.repoUrl || null },
    component: { id: release.component.id, name: release.component.name, capability: release.component.capability },
    product: release.component.name,
    productVersion: release.productVersion,
    umdMajor: release.umdMajor,
    type: release.type,
    security: release.security,
    embargoedUntil: release.embargoedUntil?.toISOString() ?? null,
    embargoLiftedAt: release.embargoLiftedAt?.toISOString() ?? null,
    embargoLiftReason: release.embargoLiftReason,
    releaseNotes: release.releaseNotes,
    documentationUrl: release.documentationUrl || null,
    installNotes: release.installNotes,
    cadenceOverride: release.cadenceOverride,
    skipJustification: release.skipJustification,
    submittedBy: release.submittedBy?.email ?? null,
    submittedAt: release.submittedAt.toISOString(),
    productionAt: release.productionAt?.toISOString() ?? null,
    version: release.version,
    items: release.items.map((item) => ({
      ...itemJson(item),
      packages: item.packages.split('\n').filter(Boolean),
      verificationReportUrl: item.verificationReportUrl || null,
      verificationNote: item.verificationNote || null,
      rollout: item.rollout
        ? { ...itemJson(item).rollout!, title: item.rollout.title, knownIssues: item.rollout.knownIssues, owner: item.rollout.owner?.name ?? null }
        : null,
    })),
    url: appUrl(releasePath(release.number)),
  };
}
