// The overdue flags of one team's part in a rollout: a reply past its window, a report past the end
// of the exposure. Pure: the participants table and the reminders read the same rules. (What a
// rollout still needs before it can be accepted is lib/readiness/readiness.ts.)
import type { ParticipationStatus } from '@/lib/generated/prisma/enums';
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

export function isReplyOverdue(p: Pick<WhyParticipation, 'status' | 'replyDueAt' | 'repliedAt'>, now: Date): boolean {
  return p.status === 'INVITED' && !p.repliedAt && !!p.replyDueAt && p.replyDueAt.getTime() < now.getTime();
}

export function isReportOverdue(p: Pick<WhyParticipation, 'status' | 'exposureEnd' | 'hasReport'>, now: Date): boolean {
  return ACTIVE_PARTICIPATION.includes(p.status) && !p.hasReport && !!p.exposureEnd && p.exposureEnd.getTime() < now.getTime();
}
