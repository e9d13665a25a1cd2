// The "why is this rollout not done yet" panel: what is missing, in the order the workflow needs it
// (document section 2.3). Pure: the page and the list's "overdue" filter read the same facts.
import type { ParticipationStatus, RolloutStatus } from '@/lib/generated/prisma/enums';
import { exposureCountdown } from './exposure';
import { ACTIVE_PARTICIPATION } from './participation-machine';

export interface WhyParticipation {
  teamName: string;
  status: ParticipationStatus;
  replyDueAt: Date | null;
  repliedAt: Date | null;
  exposureStart: Date | null;
  exposureEnd: Date | null;
  hasReport: boolean;
  recommendation?: 'ACCEPT' | 'REJECT' | null;
}

export interface WhySnapshot {
  status: RolloutStatus;
  ownerName: string | null;
  volunteersCalledAt: Date | null;
  participations: WhyParticipation[];
  openFindings: number;
}

export type BlockerKey =
  | 'resolved'
  | 'noManager'
  | 'noTeamInvited'
  | 'awaitingReplies'
  | 'repliesOverdue'
  | 'noAcceptance'
  | 'installing'
  | 'exposureRunning'
  | 'reportsDue'
  | 'openFindings'
  | 'negativeReport'
  | 'readyToClose';

export interface Blocker {
  key: BlockerKey;
  tone: 'info' | 'warning' | 'danger' | 'success';
  text: string;
}

export function isReplyOverdue(p: Pick<WhyParticipation, 'status' | 'replyDueAt' | 'repliedAt'>, now: Date): boolean {
  return p.status === 'INVITED' && !p.repliedAt && !!p.replyDueAt && p.replyDueAt.getTime() < now.getTime();
}

export function isReportOverdue(p: Pick<WhyParticipation, 'status' | 'exposureEnd' | 'hasReport'>, now: Date): boolean {
  return ACTIVE_PARTICIPATION.includes(p.status) && !p.hasReport && !!p.exposureEnd && p.exposureEnd.getTime() < now.getTime();
}

const names = (list: WhyParticipation[]) => list.map((p) => p.teamName).join(', ');

export function whyNotDone(rollout: WhySnapshot, now: Date): Blocker[] {
  if (rollout.status === 'RESOLVED') return [{ key: 'resolved', tone: 'success', text: 'Resolved: nothing is missing.' }];
  if (rollout.status === 'NEW' || !rollout.ownerName) {
    return [{ key: 'noManager', tone: 'warning', text: 'No manager yet: the coordinator must assign the rollout to a manager of the stack.' }];
  }
  const all = rollout.participations;
  if (all.length === 0) {
    return [{ key: 'noTeamInvited', tone: 'warning', text: `No Early Adopter team invited yet: ${rollout.ownerName} must select the teams.` }];
  }
  const blockers: Blocker[] = [];
  const active = all.filter((p) => ACTIVE_PARTICIPATION.includes(p.status));
  const waiting = all.filter((p) => p.status === 'INVITED' && !isReplyOverdue(p, now));
  const overdue = all.filter((p) => isReplyOverdue(p, now));
  if (overdue.length) blockers.push({ key: 'repliesOverdue', tone: 'danger', text: `Replies overdue (more than 1 working day): ${names(overdue)}.` });
  if (waiting.length) blockers.push({ key: 'awaitingReplies', tone: 'info', text: `Waiting for replies from ${names(waiting)}.` });
  if (active.length === 0) {
    blockers.push({
      key: 'noAcceptance',
      tone: 'warning',
      text: rollout.volunteersCalledAt
        ? 'No team has accepted yet; volunteers were called on the stack’s mailing list.'
        : 'No team has accepted yet; the manager can call for volunteers on the stack’s mailing list.',
    });
    return blockers;
  }
  const installing = active.filter((p) => !p.exposureStart && !p.hasReport);
  if (installing.length) blockers.push({ key: 'installing', tone: 'info', text: `Installing and testing: ${names(installing)}.` });
  for (const p of active.filter((a) => a.exposureEnd && !a.hasReport && a.exposureEnd > now)) {
    blockers.push({ key: 'exposureRunning', tone: 'info', text: `Exposure running at ${p.teamName}: ${exposureCountdown(p.exposureEnd!, now).label}.` });
  }
  const reportsDue = active.filter((p) => !p.hasReport && p.exposureEnd && p.exposureEnd <= now);
  if (reportsDue.length) blockers.push({ key: 'reportsDue', tone: 'danger', text: `Reports due (exposure ended): ${names(reportsDue)}.` });
  if (rollout.openFindings > 0) {
    blockers.push({ key: 'openFindings', tone: 'warning', text: `${rollout.openFindings} open finding${rollout.openFindings === 1 ? '' : 's'}.` });
  }
  const negative = active.filter((p) => p.recommendation === 'REJECT');
  if (negative.length) blockers.push({ key: 'negativeReport', tone: 'warning', text: `Recommended REJECT: ${names(negative)}.` });
  const reported = active.filter((p) => p.hasReport);
  if (reported.length === active.length) {
    blockers.push({
      key: 'readyToClose',
      tone: 'success',
      text: `${reported.length === 1 ? 'The report is' : `All ${reported.length} reports are`} in: the manager can write the summary and set the outcome.`,
    });
  }
  return blockers;
}
