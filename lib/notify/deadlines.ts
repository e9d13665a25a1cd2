// When reminders and escalations fall due (pure, unit-tested). Reply: reminder when 4 working hours
// remain (or at half time for a window shorter than that), escalation at the deadline. Report: the
// exposure period ends, the report is due 1 working day later; reminder at the end of exposure,
// escalation when the report is late.
import { addWorkingDays, subtractWorkingHours, type WorkingCalendar } from '@/lib/time/working-days';

export const REMINDER_WORKING_HOURS = 4;
export const REPORT_GRACE_WORKING_DAYS = 1;
/** Deadlines further in the past than this get no new mail (an imported history must not flood anyone). */
export const MAIL_HORIZON_MS = 14 * 86_400_000;

export function replyReminderAt(invitedAt: Date, replyDueAt: Date, calendar: WorkingCalendar): Date {
  const beforeDue = subtractWorkingHours(replyDueAt, REMINDER_WORKING_HOURS, calendar);
  if (beforeDue > invitedAt) return beforeDue;
  return new Date(invitedAt.getTime() + (replyDueAt.getTime() - invitedAt.getTime()) / 2);
}

export function reportDueAt(exposureEnd: Date, calendar: WorkingCalendar): Date {
  return addWorkingDays(exposureEnd, REPORT_GRACE_WORKING_DAYS, calendar);
}

export type DeadlineKind = 'reply' | 'report';

export interface DeadlinePlan {
  kind: DeadlineKind;
  dueAt: Date;
  reminderAt: Date;
  reminderKey: string;
  escalationKey: string;
}

export function replyDeadline(participation: { id: string; invitedAt: Date; replyDueAt: Date }, calendar: WorkingCalendar): DeadlinePlan {
  const iso = participation.replyDueAt.toISOString();
  return {
    kind: 'reply',
    dueAt: participation.replyDueAt,
    reminderAt: replyReminderAt(participation.invitedAt, participation.replyDueAt, calendar),
    reminderKey: `reply.reminder:${participation.id}:${iso}`,
    escalationKey: `reply.escalation:${participation.id}:${iso}`,
  };
}

export function reportDeadline(participation: { id: string; exposureEnd: Date }, calendar: WorkingCalendar): DeadlinePlan {
  // Keyed on the exposure end: moving the period is a new deadline, with its own reminder.
  const iso = participation.exposureEnd.toISOString();
  return {
    kind: 'report',
    dueAt: reportDueAt(participation.exposureEnd, calendar),
    reminderAt: participation.exposureEnd,
    reminderKey: `report.reminder:${participation.id}:${iso}`,
    escalationKey: `report.escalation:${participation.id}:${iso}`,
  };
}

/** What to send now for one deadline, given the keys already in the outbox. */
export function dueActions(plan: DeadlinePlan, now: Date, alreadyQueued: ReadonlySet<string>): { remind: boolean; escalate: boolean } {
  if (now.getTime() - plan.dueAt.getTime() > MAIL_HORIZON_MS) return { remind: false, escalate: false };
  return {
    remind: now >= plan.reminderAt && !alreadyQueued.has(plan.reminderKey),
    escalate: now >= plan.dueAt && !alreadyQueued.has(plan.escalationKey),
  };
}

/** "9 Dec 2026, 10:00 (Europe/Lisbon)" */
export function formatLocal(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
  return `${text} (${timeZone})`;
}
