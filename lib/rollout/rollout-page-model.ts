// What the rollout page shows to whom: the permission decisions for every form, made on the server
// from the rollout as loaded, plus the data those forms need (proposals, template, negatives).
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { stackListAddress } from '@/lib/auth/group-names';
import type { CurrentUser } from '@/lib/auth/principal';
import { appUrl } from '@/lib/notify/enqueue-message';
import { releasePath, rolloutPath } from '@/lib/notify/links';
import { mayComment } from './add-comment';
import type { RolloutDetail } from './get-rollout-detail';
import { evidenceOf, evidenceSummary } from './evidence-summary';
import { summaryFileName } from './naming';
import { defaultNotificationTemplate } from './notification-template';
import { isActiveParticipation } from './participation-machine';
import { proposeTeams } from './propose-teams';
import { getStackManagers } from './stack-managers';
import { isReplyOverdue } from './why-not-done';
import { db } from '@/lib/db/client';
import { describePolicy } from '@/lib/readiness/policy';
import { evaluateReadiness } from '@/lib/readiness/readiness';
import { policyFor, readinessFactsOf } from '@/lib/readiness/rollout-readiness';
import { releaseRepositoryUrl } from '@/lib/releases/repository-url';
import { noticeEnd } from '@/lib/readiness/scan-readiness';

export async function buildRolloutPageModel(user: CurrentUser, rollout: RolloutDetail, now: Date) {
  const { release, platform } = rollout.releaseItem;
  const stackId = release.stackId;
  const open = rollout.status === 'OPEN';
  const active = rollout.participations.filter((p) => isActiveParticipation(p.status));
  const canAssign = rollout.status !== 'RESOLVED' && can(user, 'rollout.assign', { stackId });
  const canInvite = open && can(user, 'rollout.selectTeams', { stackId });
  // Offered once no invited team is still expected to answer in time (all declined, or late).
  const stillWaiting = rollout.participations.some((p) => p.status === 'INVITED' && !isReplyOverdue(p, now));
  const canCall =
    open && !rollout.volunteersCalledAt && active.length === 0 && rollout.participations.length > 0 && !stillWaiting && can(user, 'rollout.callVolunteers', { stackId });
  const canResolve = open && can(user, 'rollout.resolve', { stackId });
  const myParticipations = rollout.participations.filter((p) => user.teamIds.includes(p.teamId));
  const volunteerTeams =
    open && rollout.volunteersCalledAt
      ? user.teams.filter((team) => can(user, 'rollout.reply', { teamId: team.id }) && !rollout.participations.some((p) => p.teamId === team.id && p.status !== 'DECLINED'))
      : [];
  const findingTeams = open ? myParticipations.filter((p) => isActiveParticipation(p.status)).map((p) => ({ id: p.teamId, name: p.team.name })) : [];

  const [managers, proposals, policy] = await Promise.all([
    canAssign ? getStackManagers(stackId) : Promise.resolve(null),
    canInvite ? proposeTeams({ id: rollout.id, componentId: release.componentId, platformId: platform.id, stackId }) : Promise.resolve(null),
    policyFor(db, { readinessPolicyId: rollout.readinessPolicyId, release }),
  ]);
  const autoAccept = {
    enabled: release.stack.autoAccept,
    noticeAt: rollout.autoAcceptNoticeAt,
    acceptAt: rollout.status === 'OPEN' && rollout.autoAcceptNoticeAt ? await noticeEnd(rollout.autoAcceptNoticeAt) : null,
  };
  const readiness = evaluateReadiness(readinessFactsOf({ ...rollout, testPlan: release.component.testPlan }), policy, now);
  const template =
    rollout.notificationTemplate ||
    defaultNotificationTemplate({
      title: rollout.title,
      umdMajor: release.umdMajor,
      stackName: release.stack.name,
      component: release.component.name,
      version: release.productVersion,
      platform: `${platform.os} ${platform.arch}`,
      repoUrl: releaseRepositoryUrl(release.stack.repoUrl, release.umdMajor, 'testing'),
      releaseUrl: appUrl(releasePath(release)),
      verificationReportUrl: rollout.releaseItem.verificationReportUrl,
      rolloutUrl: appUrl(rolloutPath(rollout)),
      exposureDays: policy.exposureDefaultDays,
      managerName: rollout.owner?.name ?? user.name,
    });
  return {
    canInvite,
    readiness,
    autoAccept,
    policy,
    policyText: describePolicy(policy),
    managers,
    proposals,
    template,
    myParticipations,
    volunteerTeams,
    findingTeams,
    canAssign,
    canResolve,
    canMoveExposure: canResolve,
    canLogFinding: open && (findingTeams.length > 0 || canResolve),
    canComment: mayComment(user, stackId, rollout.participations.map((p) => p.teamId)),
    mayChangeFinding: (finding: { authorId: string | null; teamId: string | null }) =>
      open && (canResolve || finding.authorId === user.id || (!!finding.teamId && can(user, 'rollout.participate', { teamId: finding.teamId }))),
    listAddress: canCall ? stackListAddress(release.stack.slug) : null,
    close: canResolve
      ? {
          summaryDraft: evidenceSummary(evidenceOf(rollout)),
          summaryBase: summaryFileName({ stack: release.stack.name, component: release.component.name, version: release.productVersion, os: platform.os, arch: platform.arch, ext: '' }),
          readiness,
          mayOverride: can(user, 'rollout.override', { stackId }),
        }
      : null,
  };
}
