// Date helpers of the seed: UTC arithmetic and the project quarters of the reference document
// (the project year runs 1 May - 30 April; Q1 = May-July; boundaries at midnight UTC).
import { addWorkingDays } from '@/lib/time/working-days';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function utc(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function maxDate(dates: readonly Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

export function minDate(dates: readonly Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

/** Project quarter `n` (1-based) of the project year starting 1 May `startYear`: [start, end). */
export function projectQuarter(startYear: number, n: 1 | 2 | 3 | 4): { start: Date; end: Date } {
  const startMonth = 4 + (n - 1) * 3; // May = month index 4
  const start = new Date(Date.UTC(startYear, startMonth, 1));
  const end = new Date(Date.UTC(startYear, startMonth + 3, 1));
  return { start, end };
}

/** The quarters of the first EGI-InSPIRE project year (1 May 2010 - 30 April 2011). */
export const FIRST_YEAR_QUARTERS = ([1, 2, 3, 4] as const).map((n) => ({ n, ...projectQuarter(2010, n) }));

/** A reply is due 1 working day after the invitation (weekends skipped, in the team's time zone). */
export function replyDueAfter(invitedAt: Date, timeZone: string): Date {
  return addWorkingDays(invitedAt, 1, { timeZone });
}

/** Moves a weekend instant back to the preceding Friday (same time of day, UTC). */
export function weekdayOnOrBefore(date: Date): Date {
  const day = date.getUTCDay();
  if (day === 6) return addDays(date, -1);
  if (day === 0) return addDays(date, -2);
  return date;
}

/** `n` working days before `date` (Mon-Fri, UTC). */
export function workingDaysBefore(date: Date, n: number): Date {
  let result = date;
  let remaining = n;
  while (remaining > 0) {
    result = addDays(result, -1);
    const day = result.getUTCDay();
    if (day !== 0 && day !== 6) remaining--;
  }
  return result;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Moves an instant forward into office hours (08:00-18:00 UTC) when it falls in the night. */
export function officeHours(date: Date, minuteOffset = 0): Date {
  const hour = date.getUTCHours();
  if (hour >= 8 && hour < 18) return date;
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const morning = addHours(day, 8 + (minuteOffset % 120) / 60);
  return hour < 8 ? morning : addDays(morning, 1);
}
