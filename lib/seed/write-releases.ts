// Writes release plans: releases (looked up by component + version + UMD major release, created when
// missing), their items, rollouts, participations, reports, documents, findings, comments and, for the
// present-day data, an audit trail. One createMany per table; existing rows are never changed.
import type { Prisma } from '@/lib/generated/prisma/client';
import { COORDINATOR_EMAIL, VERIFIER_EMAIL } from './data/people';
import type { ReleasePlan, RolloutPlan } from './plan-types';
import { sha256Hex, utf8 } from './texts';
import { memberEmail } from './world';
import { must, type Refs, type SeedDb } from './write-reference';

function releaseKey(componentId: string, productVersion: string, umdMajor: string): string {
  return `${componentId}|${productVersion}|${umdMajor}`;
}

export async function writeReleases(db: SeedDb, plans: ReleasePlan[], refs: Refs, count: (n: number) => void): Promise<void> {
  if (plans.length === 0) return;
  const componentIdOf = (plan: ReleasePlan) => must(refs.components, `${plan.stack}/${plan.component}`, 'component');
  const userId = (email: string | null) => (email ? must(refs.users, email, 'user') : null);

  // ---------------------------------------------------------------- releases
  const componentIds = [...new Set(plans.map(componentIdOf))];
  const readReleases = async () => {
    const rows = await db.release.findMany({
      where: { componentId: { in: componentIds } },
      select: { id: true, componentId: true, productVersion: true, umdMajor: true },
      orderBy: { number: 'asc' },
    });
    const map = new Map<string, string>();
    for (const row of rows) {
      const key = releaseKey(row.componentId, row.productVersion, row.umdMajor);
      if (!map.has(key)) map.set(key, row.id);
    }
    return map;
  };
  let releases = await readReleases();
  const missing = plans.filter((plan) => !releases.has(releaseKey(componentIdOf(plan), plan.productVersion, plan.umdMajor)));
  if (missing.length) {
    count(
      (
        await db.release.createMany({
          data: missing.map((plan) => ({
            stackId: must(refs.stacks, plan.stack, 'stack'),
            componentId: componentIdOf(plan),
            umdMajor: plan.umdMajor,
            productVersion: plan.productVersion,
            type: plan.type,
            security: plan.security,
            releaseNotes: plan.releaseNotes,
            documentationUrl: plan.documentationUrl,
            installNotes: plan.installNotes,
            skipJustification: plan.skipJustification,
            submittedById: userId(plan.submittedBy),
            submittedAt: plan.submittedAt,
            productionAt: plan.productionAt,
          })),
        })
      ).count,
    );
    releases = await readReleases();
  }
  const releaseIdOf = (plan: ReleasePlan) => must(releases, releaseKey(componentIdOf(plan), plan.productVersion, plan.umdMajor), 'release');
  const releaseIds = plans.map(releaseIdOf);

  // ---------------------------------------------------------------- items (one per PPA)
  const platformId = (key: string) => must(refs.platforms, key, 'platform');
  count(
    (
      await db.releaseItem.createMany({
        data: plans.flatMap((plan) =>
          plan.items.map((item) => ({
            releaseId: releaseIdOf(plan),
            platformId: platformId(item.platform),
            packages: item.packages,
            state: item.state,
            verificationReportUrl: item.verificationReportUrl,
            verificationNote: item.verificationNote,
            stateChangedAt: item.stateChangedAt,
          })),
        ),
        skipDuplicates: true,
      })
    ).count,
  );
  const itemRows = await db.releaseItem.findMany({ where: { releaseId: { in: releaseIds } }, select: { id: true, releaseId: true, platformId: true } });
  const items = new Map(itemRows.map((row) => [`${row.releaseId}|${row.platformId}`, row.id]));

  // ---------------------------------------------------------------- rollouts
  const rollouts: { plan: ReleasePlan; rollout: RolloutPlan; itemId: string }[] = [];
  for (const plan of plans) {
    for (const item of plan.items) {
      if (!item.rollout) continue;
      rollouts.push({ plan, rollout: item.rollout, itemId: must(items, `${releaseIdOf(plan)}|${platformId(item.platform)}`, 'release item') });
    }
  }
  // Ordered by creation so that ticket numbers follow time.
  rollouts.sort((a, b) => a.rollout.createdAt.getTime() - b.rollout.createdAt.getTime());
  count(
    (
      await db.rollout.createMany({
        data: rollouts.map(({ rollout, itemId }) => ({
          releaseItemId: itemId,
          title: rollout.title,
          status: rollout.status,
          ownerId: userId(rollout.owner),
          outcome: rollout.outcome,
          outcomeReason: rollout.outcomeReason,
          knownIssues: rollout.knownIssues,
          notificationTemplate: rollout.notificationTemplate,
          volunteersCalledAt: rollout.volunteersCalledAt,
          createdAt: rollout.createdAt,
          assignedAt: rollout.assignedAt,
          resolvedAt: rollout.resolvedAt,
        })),
        skipDuplicates: true,
      })
    ).count,
  );
  const rolloutRows = await db.rollout.findMany({
    where: { releaseItemId: { in: rollouts.map((entry) => entry.itemId) } },
    select: { id: true, releaseItemId: true },
  });
  const rolloutByItem = new Map(rolloutRows.map((row) => [row.releaseItemId, row.id]));
  const rolloutIdOf = (itemId: string) => must(rolloutByItem, itemId, 'rollout');

  // ---------------------------------------------------------------- participations and reports
  const teamId = (name: string) => must(refs.teams, name, 'team');
  count(
    (
      await db.participation.createMany({
        data: rollouts.flatMap(({ rollout, itemId }) =>
          rollout.participations.map((participation) => ({
            rolloutId: rolloutIdOf(itemId),
            teamId: teamId(participation.team),
            status: participation.status,
            invitedAt: participation.invitedAt,
            replyDueAt: participation.replyDueAt,
            repliedAt: participation.repliedAt,
            replyChannel: participation.replyChannel,
            beta: participation.beta,
            betaSetAt: participation.betaSetAt,
            betaRemovedAt: participation.betaRemovedAt,
            installNotes: participation.installNotes,
            exposureStart: participation.exposureStart,
            exposureEnd: participation.exposureEnd,
          })),
        ),
        skipDuplicates: true,
      })
    ).count,
  );
  const rolloutIds = [...rolloutByItem.values()];
  const participationRows = await db.participation.findMany({
    where: { rolloutId: { in: rolloutIds } },
    select: { id: true, rolloutId: true, teamId: true },
  });
  const participations = new Map(participationRows.map((row) => [`${row.rolloutId}|${row.teamId}`, row.id]));
  const participationId = (itemId: string, team: string) => must(participations, `${rolloutIdOf(itemId)}|${teamId(team)}`, 'participation');

  const reports: Prisma.ReportCreateManyInput[] = [];
  for (const { rollout, itemId } of rollouts) {
    for (const participation of rollout.participations) {
      const report = participation.report;
      if (!report) continue;
      const content = utf8(report.text);
      reports.push({
        participationId: participationId(itemId, participation.team),
        fileName: report.fileName,
        contentType: 'text/plain; charset=utf-8',
        size: content.byteLength,
        content,
        sha256: sha256Hex(content),
        releaseNotesCorrect: report.releaseNotesCorrect,
        testsPerformed: report.testsPerformed,
        jobsPerDay: report.jobsPerDay,
        transfersPerDay: report.transfersPerDay,
        vos: report.vos,
        recommendation: report.recommendation,
        submittedById: userId(report.submittedBy),
        submittedAt: report.submittedAt,
      });
    }
  }
  if (reports.length) count((await db.report.createMany({ data: reports, skipDuplicates: true })).count);

  // ---------------------------------------------------------------- documents, findings, comments
  const documents = rollouts
    .filter(({ rollout }) => rollout.document)
    .map(({ rollout, itemId }) => ({
      rolloutId: rolloutIdOf(itemId),
      description: rollout.document!.description,
      summaryFileName: rollout.document!.summaryFileName,
      summary: rollout.document!.summary,
      createdAt: rollout.document!.createdAt,
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  if (documents.length) count((await db.document.createMany({ data: documents, skipDuplicates: true })).count);

  // No natural unique key: a finding is "the same" when its rollout and title match, a comment when its
  // rollout and text match.
  const existingFindings = new Set(
    (await db.finding.findMany({ where: { rolloutId: { in: rolloutIds } }, select: { rolloutId: true, title: true } })).map(
      (row) => `${row.rolloutId}|${row.title}`,
    ),
  );
  const findings: Prisma.FindingCreateManyInput[] = rollouts.flatMap(({ rollout, itemId }) =>
    rollout.findings
      .filter((finding) => !existingFindings.has(`${rolloutIdOf(itemId)}|${finding.title}`))
      .map((finding) => ({
        rolloutId: rolloutIdOf(itemId),
        teamId: finding.team ? teamId(finding.team) : null,
        authorId: userId(finding.author),
        kind: finding.kind,
        severity: finding.severity ?? 'MAJOR',
        title: finding.title,
        body: finding.body,
        externalId: finding.externalId,
        url: finding.url,
        open: finding.open,
        createdAt: finding.createdAt,
        closedAt: finding.closedAt,
      })),
  );
  if (findings.length) count((await db.finding.createMany({ data: findings })).count);

  const existingComments = new Set(
    (await db.comment.findMany({ where: { rolloutId: { in: rolloutIds } }, select: { rolloutId: true, body: true } })).map(
      (row) => `${row.rolloutId}|${row.body}`,
    ),
  );
  const comments: Prisma.CommentCreateManyInput[] = rollouts.flatMap(({ rollout, itemId }) =>
    rollout.comments
      .filter((comment) => !existingComments.has(`${rolloutIdOf(itemId)}|${comment.body}`))
      .map((comment) => ({ rolloutId: rolloutIdOf(itemId), authorId: userId(comment.author), body: comment.body, createdAt: comment.createdAt })),
  );
  if (comments.length) count((await db.comment.createMany({ data: comments })).count);

  // ---------------------------------------------------------------- audit trail of the present-day data
  const audited = plans.filter((plan) => plan.audit);
  if (audited.length === 0) return;
  const events: Prisma.AuditEventCreateManyInput[] = [];
  const actor = (email: string | null) => (email ? { actorId: userId(email), actorLabel: email } : { actorId: null, actorLabel: 'system' });
  const event = (at: Date, who: string | null, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) =>
    events.push({ at, ...actor(who), action, entityType, entityId, after });
  for (const plan of audited) {
    const releaseId = releaseIdOf(plan);
    event(plan.submittedAt, plan.submittedBy, 'release.submit', 'Release', releaseId, {
      component: plan.component,
      productVersion: plan.productVersion,
      umdMajor: plan.umdMajor,
      type: plan.type,
    });
    for (const item of plan.items) {
      const itemId = must(items, `${releaseId}|${platformId(item.platform)}`, 'release item');
      if (item.state !== 'UNVERIFIED') {
        event(item.stateChangedAt, VERIFIER_EMAIL, 'releaseItem.state', 'ReleaseItem', itemId, { state: item.state, platform: item.platform });
      }
      const rollout = item.rollout;
      if (!rollout) continue;
      const rolloutId = rolloutIdOf(itemId);
      event(rollout.createdAt, null, 'rollout.create', 'Rollout', rolloutId, { title: rollout.title, status: 'NEW' });
      if (rollout.assignedAt && rollout.owner) {
        event(rollout.assignedAt, COORDINATOR_EMAIL, 'rollout.assign', 'Rollout', rolloutId, { owner: rollout.owner, status: 'OPEN' });
      }
      for (const participation of rollout.participations) {
        const id = participationId(itemId, participation.team);
        event(participation.invitedAt, rollout.owner, 'participation.invite', 'Participation', id, { team: participation.team });
        if (participation.repliedAt) {
          const member = participation.report?.submittedBy ?? memberEmail(participation.team);
          event(participation.repliedAt, member, 'participation.reply', 'Participation', id, {
            team: participation.team,
            status: participation.status,
          });
        }
        if (participation.report) {
          event(participation.report.submittedAt, participation.report.submittedBy, 'report.upload', 'Participation', id, {
            fileName: participation.report.fileName,
            recommendation: participation.report.recommendation,
          });
        }
      }
      if (rollout.volunteersCalledAt) {
        event(rollout.volunteersCalledAt, rollout.owner, 'rollout.callVolunteers', 'Rollout', rolloutId, { list: `early-adopters-${plan.stack}` });
      }
      if (rollout.resolvedAt) {
        event(rollout.resolvedAt, rollout.owner, 'rollout.resolve', 'Rollout', rolloutId, { outcome: rollout.outcome, status: 'RESOLVED' });
      }
    }
  }
  const existingEvents = new Set(
    (
      await db.auditEvent.findMany({
        where: { entityId: { in: [...new Set(events.map((e) => e.entityId))] } },
        select: { action: true, entityId: true, at: true },
      })
    ).map((row) => `${row.action}|${row.entityId}`),
  );
  const fresh = events.filter((e) => !existingEvents.has(`${e.action}|${e.entityId}`));
  if (fresh.length) count((await db.auditEvent.createMany({ data: fresh })).count);
}
