// The JSON shape of rollouts in the API (GET /api/v1/rollouts and /rollouts/{number}): plain fields,
// ISO dates, no report contents (those are downloaded from their own URL); and the few fields the
// rollouts table shows.
import { appUrl } from '@/lib/notify/enqueue-message';
import { releasePath, rolloutPath } from '@/lib/notify/links';
import type { RolloutDetail } from './get-rollout-detail';
import type { RolloutRow } from './list-rollouts';
import type { ReadinessPolicyValues } from '@/lib/readiness/policy';
import type { Readiness } from '@/lib/readiness/readiness';

/**
 * A rollout as every API answer shows it (the list's items, and the start of its detail): id and
 * number, each reference as an object with its natural name, absolute links.
 */
export function rolloutListItem(row: RolloutRow) {
  const { release, platform } = row.releaseItem;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    stack: { id: release.stack.id, slug: release.stack.slug, name: release.stack.name },
    component: { id: release.component.id, name: release.component.name },
    productVersion: release.productVersion,
    umdMajor: release.umdMajor,
    platform: { id: platform.id, os: platform.os, arch: platform.arch, label: `${platform.os} ${platform.arch}` },
    release: { id: release.id, number: release.number, type: release.type, security: release.security, embargoedUntil: release.embargoedUntil, url: appUrl(releasePath(release)) },
    manager: row.owner ? { id: row.owner.id, name: row.owner.name, email: row.owner.email } : null,
    createdAt: row.createdAt,
    assignedAt: row.assignedAt,
    resolvedAt: row.resolvedAt,
    volunteersCalledAt: row.volunteersCalledAt,
    documentNumber: row.document?.number ?? null,
    teams: row.teams,
    counts: row.counts,
    overdue: row.overdue,
    // The detail adds the rules behind the state; resolved rollouts have none (null).
    readiness: row.readiness ? { ready: row.readiness === 'READY', state: row.readiness, stalled: row.stalled } : null,
    url: appUrl(rolloutPath(row)),
  };
}

/** What a row of the /rollouts table shows: only this goes into the page (its RSC payload), not the whole row. */
export function rolloutTableRow(row: RolloutRow) {
  return {
    number: row.number,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    overdue: row.overdue,
    readiness: row.readiness,
    stalled: row.stalled,
    embargoed: row.releaseItem.release.embargoed,
    stack: row.releaseItem.release.stack.name,
    owner: row.owner?.name ?? null,
    counts: row.counts,
    createdAt: row.createdAt,
  };
}

export type RolloutTableRow = ReturnType<typeof rolloutTableRow>;

/** The detail: the list's item for this rollout (the same fields, the same values), then what only the detail has. */
export function rolloutDetailJson(item: ReturnType<typeof rolloutListItem>, rollout: RolloutDetail, overdueIds: Set<string>, readiness: Readiness, policy: ReadinessPolicyValues) {
  return {
    ...item,
    version: rollout.version,
    outcomeReason: rollout.outcomeReason,
    acceptedWithOverride: rollout.acceptedWithOverride,
    knownIssues: rollout.knownIssues,
    repositoryUrl: rollout.releaseItem.release.stack.repoUrl || null,
    verificationReportUrl: rollout.releaseItem.verificationReportUrl,
    // Supersession (issue #15): the newer rollout that took this one over, and the older one this continues,
    // whose reports are evidence "on <version>" (never counted toward this rollout's readiness).
    supersededBy: rollout.supersededBy
      ? { number: rollout.supersededBy.number, productVersion: rollout.supersededBy.releaseItem.release.productVersion, url: appUrl(`/api/v1/rollouts/${rollout.supersededBy.number}`) }
      : null,
    supersedes: rollout.supersedes
      ? {
          number: rollout.supersedes.number,
          productVersion: rollout.supersedes.releaseItem.release.productVersion,
          url: appUrl(`/api/v1/rollouts/${rollout.supersedes.number}`),
          evidence: rollout.supersedes.participations.map((p) => ({
            team: p.team.name,
            onVersion: rollout.supersedes!.releaseItem.release.productVersion,
            recommendation: p.report!.recommendation,
            submittedAt: p.report!.submittedAt,
            url: appUrl(`/api/v1/rollouts/${rollout.supersedes!.number}/reports/${p.report!.id}`),
          })),
        }
      : null,
    exposureDays: rollout.exposureDays,
    exposureDaysReason: rollout.exposureDaysReason,
    // As in the list: a resolved rollout has no readiness any more (its outcome says what was decided).
    readiness:
      rollout.status === 'RESOLVED'
        ? null
        : {
            ready: readiness.ready,
            state: readiness.state,
            stalled: readiness.stalled,
            rules: readiness.rules.map(({ id, met, detail, actor, due, holds }) => ({ id, met, detail, actor, due, holds })),
          },
    policy: {
      kind: policy.kind,
      version: policy.version,
      exposureMinDays: policy.exposureMinDays,
      exposureDefaultDays: policy.exposureDefaultDays,
      exposureMaxDays: policy.exposureMaxDays,
      replyWorkingDays: policy.replyWorkingDays,
      minAcceptReports: policy.minAcceptReports,
      requireTestPlan: policy.requireTestPlan,
    },
    participations: rollout.participations.map((p) => ({
      team: p.team.name,
      teamId: p.teamId,
      status: p.status,
      version: p.version,
      invitedAt: p.invitedAt,
      replyDueAt: p.replyDueAt,
      repliedAt: p.repliedAt,
      replyChannel: p.replyChannel,
      overdue: overdueIds.has(p.id),
      beta: p.beta,
      betaSetAt: p.betaSetAt,
      betaRemovedAt: p.betaRemovedAt,
      installNotes: p.installNotes,
      exposureStart: p.exposureStart,
      exposureEnd: p.exposureEnd,
      exposureReason: p.exposureReason,
      report: p.report
        ? {
            id: p.report.id,
            fileName: p.report.fileName,
            contentType: p.report.contentType,
            size: p.report.size,
            sha256: p.report.sha256,
            releaseNotesCorrect: p.report.releaseNotesCorrect,
            testsPerformed: p.report.testsPerformed,
            jobsPerDay: p.report.jobsPerDay,
            transfersPerDay: p.report.transfersPerDay,
            vos: p.report.vos,
            recommendation: p.report.recommendation,
            submittedAt: p.report.submittedAt,
            url: appUrl(`/api/v1/rollouts/${rollout.number}/reports/${p.report.id}`),
          }
        : null,
    })),
    findings: rollout.findings.map((f) => ({ id: f.id, team: f.team?.name ?? null, kind: f.kind, severity: f.severity, title: f.title, body: f.body, externalId: f.externalId, url: f.url, open: f.open, version: f.version, createdAt: f.createdAt, closedAt: f.closedAt, foundInVersion: f.foundInVersion })),
    document: rollout.document
      ? { number: rollout.document.number, description: rollout.document.description, summaryFileName: rollout.document.summaryFileName, summary: rollout.document.summary, createdAt: rollout.document.createdAt }
      : null,
  };
}
