// The JSON shape of a release in the API: one object for GET /api/v1/releases (each item of `data`),
// GET /api/v1/releases/{number} and the answer to POST /api/v1/releases. Ids and natural names
// (number, slug, component name, "OS arch"), ISO dates, absolute links.
import { appUrl } from '@/lib/notify/enqueue-message';
import type { ReleaseDetail } from './queries';
import { itemOutcome, platformLabel, releasePath, releaseRef } from './release-format';

type Item = ReleaseDetail['items'][number];

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

export function releaseJson(release: ReleaseDetail) {
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
