// The working-day clock: deadlines such as "reply within 1 working day" skip weekends and holidays,
// counted in the team's own time zone (a reply due "tomorrow" in Lisbon is not due in Sydney time).
// Pure functions, no database: lib/time/team-calendar.ts builds a WorkingCalendar from the DB.

export interface WorkingCalendar {
  timeZone: string; // IANA, e.g. Europe/Lisbon
  holidays?: ReadonlySet<string>; // YYYY-MM-DD dates, local to timeZone
}

/** Start and end of business, local wall clock: used when a clock starts on a day off and for reminders. */
export const BUSINESS_START = '09:00:00';
export const BUSINESS_HOURS = { start: 9, end: 17 } as const;

const dateKeyFormatters = new Map<string, Intl.DateTimeFormat>();
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** An IANA zone Intl knows, else UTC: a mistyped site time zone must not break every deadline. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** YYYY-MM-DD of an instant in a time zone. */
export function localDateKey(instant: Date, timeZone: string): string {
  let formatter = dateKeyFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateKeyFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

function weekdayOf(dateKey: string): number {
  return new Date(`${dateKey}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
}

export function isWorkingDay(dateKey: string, calendar: WorkingCalendar): boolean {
  const day = weekdayOf(dateKey);
  return day !== 0 && day !== 6 && !calendar.holidays?.has(dateKey);
}

function shiftDateKey(dateKey: string, days: number): string {
  const next = new Date(`${dateKey}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * The instant `days` working days after `start`, at the same local wall-clock time. Starting on a
 * weekend or holiday counts from the next working day's start of business (09:00 local).
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  let key = localDateKey(start, calendar.timeZone);
  let wallClock = wallClockOf(start, calendar.timeZone);
  if (!isWorkingDay(key, calendar)) {
    while (!isWorkingDay(key, calendar)) key = shiftDateKey(key, 1);
    wallClock = BUSINESS_START;
  }
  let remaining = days;
  while (remaining > 0) {
    key = shiftDateKey(key, 1);
    if (isWorkingDay(key, calendar)) remaining--;
  }
  return zonedToInstant(key, wallClock, calendar.timeZone);
}

/** Working days from `from` to `to` (whole local days, excluding `from`'s day), negative if `to` is earlier. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const sign = to >= from ? 1 : -1;
  const [earlier, later] = sign === 1 ? [from, to] : [to, from];
  let key = localDateKey(earlier, calendar.timeZone);
  const end = localDateKey(later, calendar.timeZone);
  let count = 0;
  while (key < end) {
    key = shiftDateKey(key, 1);
    if (isWorkingDay(key, calendar)) count++;
  }
  return sign * count;
}

/**
 * The instant `hours` business hours (09:00-17:00 local, working days only) before `deadline`:
 * "4 working hours before a Monday 10:00 deadline" is Friday 14:00, not Monday 06:00.
 */
export function subtractWorkingHours(deadline: Date, hours: number, calendar: WorkingCalendar): Date {
  let remainingMs = hours * 3_600_000;
  let key = localDateKey(deadline, calendar.timeZone);
  let cursor = deadline;
  for (let guard = 0; guard < 3660 && remainingMs > 0; guard++) {
    if (isWorkingDay(key, calendar)) {
      const open = zonedToInstant(key, pad(BUSINESS_HOURS.start), calendar.timeZone);
      const close = zonedToInstant(key, pad(BUSINESS_HOURS.end), calendar.timeZone);
      const windowEnd = cursor < close ? cursor : close;
      const available = windowEnd.getTime() - open.getTime();
      if (available > 0) {
        if (available >= remainingMs) return new Date(windowEnd.getTime() - remainingMs);
        remainingMs -= available;
      }
    }
    key = shiftDateKey(key, -1);
    cursor = zonedToInstant(shiftDateKey(key, 1), '00:00:00', calendar.timeZone); // end of the previous day
  }
  return cursor;
}

function pad(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00:00`;
}

function wallClockOf(instant: Date, timeZone: string): string {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/**
 * The instant at which the wall clock in `timeZone` shows `dateKey` `time`. A time skipped by a
 * spring-forward change resolves to the instant the clocks jumped to (never a day off).
 */
export function zonedToInstant(dateKey: string, time: string, timeZone: string): Date {
  const guess = new Date(`${dateKey}T${time}Z`);
  // Two passes settle the offset even across a DST change.
  let instant = guess;
  for (let pass = 0; pass < 2; pass++) {
    const shown = new Date(`${localDateKey(instant, timeZone)}T${wallClockOf(instant, timeZone)}Z`);
    instant = new Date(instant.getTime() + (guess.getTime() - shown.getTime()));
  }
  const shown = new Date(`${localDateKey(instant, timeZone)}T${wallClockOf(instant, timeZone)}Z`);
  if (shown.getTime() !== guess.getTime()) {
    // In a DST gap the wall clock never shows `time`: apply the offset in force before the jump
    // (01:30 in a 01:00->02:00 gap becomes 02:30 summer time, as calendars do).
    instant = new Date(guess.getTime() - offsetMs(new Date(guess.getTime() - 43_200_000), timeZone));
  }
  return instant;
}

function offsetMs(instant: Date, timeZone: string): number {
  const shown = new Date(`${localDateKey(instant, timeZone)}T${wallClockOf(instant, timeZone)}Z`);
  return shown.getTime() - Math.floor(instant.getTime() / 1000) * 1000;
}
