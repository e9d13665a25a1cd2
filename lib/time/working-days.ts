// The working-day clock: deadlines such as "reply within 1 working day" skip weekends and holidays,
// counted in the team's own time zone (a reply due "tomorrow" in Lisbon is not due in Sydney time).

export interface WorkingCalendar {
  timeZone: string; // IANA, e.g. Europe/Lisbon
  holidays?: ReadonlySet<string>; // YYYY-MM-DD dates, local to timeZone
}

const dateKeyFormatters = new Map<string, Intl.DateTimeFormat>();

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

function nextDateKey(dateKey: string): string {
  const next = new Date(`${dateKey}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
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
    while (!isWorkingDay(key, calendar)) key = nextDateKey(key);
    wallClock = '09:00:00';
  }
  let remaining = days;
  while (remaining > 0) {
    key = nextDateKey(key);
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
    key = nextDateKey(key);
    if (isWorkingDay(key, calendar)) count++;
  }
  return sign * count;
}

function wallClockOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** The instant at which the wall clock in `timeZone` shows `dateKey` `time`. */
export function zonedToInstant(dateKey: string, time: string, timeZone: string): Date {
  const guess = new Date(`${dateKey}T${time}Z`);
  // Two passes settle the offset even across a DST change.
  let instant = guess;
  for (let pass = 0; pass < 2; pass++) {
    const shown = new Date(`${localDateKey(instant, timeZone)}T${wallClockOf(instant, timeZone)}Z`);
    instant = new Date(instant.getTime() + (guess.getTime() - shown.getTime()));
  }
  return instant;
}
