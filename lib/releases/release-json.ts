// The JSON shapes of releases in the API (/api/v1/releases): stable field names, ISO dates, links.
import { appUrl } from '@/lib/notify/enqueue-message';
import type { ReleaseDetail, ReleaseListRow } from './queries';
import { itemOutcome, platformLabel, releasePath, releaseRef } from './release-format';

type AnyItem = ReleaseListRow['items'][number] | ReleaseDetail['items'][number];

function itemJson(item: AnyItem) {
  return {
    id: item.id,
    platform: platformLabel(item.platform),
    os: item.platform.os,
    arch: item.platform.arch,
    state: item.state,
    version: item.version,
    stateChangedAt: item.stateChangedAt.toISOString(),
    outcome: itemOutcome(item),
    rollout: item.rollout
      ? {
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

export function releaseSummaryJson(release: ReleaseListRow) {
  return {
    number: release.number,
    ref: releaseRef(release.number),
    stack: { slug: release.stack.slug, name: release.stack.name },
    product: release.component.name,
    productVersion: release.productVersion,
    umdMajor: release.umdMajor,
    type: release.type,
    security: release.security,
    submittedAt: release.submittedAt.toISOString(),
    productionAt: release.productionAt?.toISOString() ?? null,
    items: release.items.map(itemJson),
    url: appUrl(releasePath(release.number)),
  };
}

export function releaseDetailJson(release: ReleaseDetail) {
  return {
    number: release.number,
    ref: releaseRef(release.number),
    stack: { slug: release.stack.slug, name: release.stack.name, provider: release.stack.provider.name, repositoryUrl: release.stack.repoUrl || null },
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
