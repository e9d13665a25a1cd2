// The working-day clock across weekends, holidays, time zones and DST changes.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  localDateKey,
  safeTimeZone,
  subtractWorkingHours,
  workingDaysBetween,
  zonedToInstant,
} from './working-days';

const utc = { timeZone: 'UTC' };
const lisbon = { timeZone: 'Europe/Lisbon' };

describe('addWorkingDays', () => {
  it('adds one day within the week at the same wall-clock time', () => {
    // Tuesday 2026-11-24 14:30 UTC -> Wednesday
    expect(addWorkingDays(new Date('2026-11-24T14:30:00Z'), 1, utc).toISOString()).toBe('2026-11-25T14:30:00.000Z');
  });

  it('skips the weekend: Friday + 1 = Monday', () => {
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 1, utc).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('counts 5 working days as a whole week', () => {
    expect(addWorkingDays(new Date('2026-11-23T08:00:00Z'), 5, utc).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('starting on a Saturday counts from Monday 09:00 local', () => {
    expect(addWorkingDays(new Date('2026-11-28T22:15:00Z'), 1, utc).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(addWorkingDays(new Date('2026-11-29T03:00:00Z'), 0, utc).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('skips holidays, including one right after a weekend', () => {
    const calendar = { timeZone: 'UTC', holidays: new Set(['2026-11-30']) };
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 1, calendar).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('starting on a holiday counts from the next working day at 09:00', () => {
    const calendar = { timeZone: 'Europe/Lisbon', holidays: new Set(['2026-12-08']) }; // Tuesday
    // 2026-12-08 10:00 Lisbon (UTC+0 in winter) -> clock starts Wed 09:00, +1 -> Thu 09:00
    expect(addWorkingDays(new Date('2026-12-08T10:00:00Z'), 1, calendar).toISOString()).toBe('2026-12-10T09:00:00.000Z');
  });

  it('works in the team time zone, not UTC: Friday evening in Sydney is already Saturday', () => {
    // 2026-11-27T14:00Z is Friday in UTC but Saturday 01:00 in Sydney (UTC+11)
    const sydney = { timeZone: 'Australia/Sydney' };
    const due = addWorkingDays(new Date('2026-11-27T14:00:00Z'), 1, sydney);
    expect(localDateKey(due, 'Australia/Sydney')).toBe('2026-12-01'); // Monday starts the clock, Tuesday 09:00 is due
    expect(due.toISOString()).toBe('2026-11-30T22:00:00.000Z');
    // The same instant in UTC is a Friday: due Monday 14:00 UTC
    expect(addWorkingDays(new Date('2026-11-27T14:00:00Z'), 1, utc).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });

  it('keeps the local wall-clock time across the autumn DST change', () => {
    // Friday 2026-10-23 10:00 Lisbon summer time (09:00Z); clocks go back on Sunday 25 October.
    const due = addWorkingDays(new Date('2026-10-23T09:00:00Z'), 1, lisbon);
    expect(due.toISOString()).toBe('2026-10-26T10:00:00.000Z'); // Monday 10:00 winter time
  });

  it('keeps the local wall-clock time across the spring DST change in New York', () => {
    // Friday 2026-03-06 09:30 EST (14:30Z); DST starts Sunday 8 March.
    const due = addWorkingDays(new Date('2026-03-06T14:30:00Z'), 1, { timeZone: 'America/New_York' });
    expect(due.toISOString()).toBe('2026-03-09T13:30:00.000Z'); // Monday 09:30 EDT
  });

  it('ignores holidays of other countries (the calendar only holds the relevant ones)', () => {
    const calendar = { timeZone: 'UTC', holidays: new Set(['2026-12-25']) };
    expect(addWorkingDays(new Date('2026-12-24T12:00:00Z'), 1, calendar).toISOString()).toBe('2026-12-28T12:00:00.000Z');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start day, skipping weekends and holidays', () => {
    const calendar = { timeZone: 'UTC', holidays: new Set(['2026-12-01']) };
    expect(workingDaysBetween(new Date('2026-11-27T10:00:00Z'), new Date('2026-12-02T10:00:00Z'), calendar)).toBe(2);
    expect(workingDaysBetween(new Date('2026-12-02T10:00:00Z'), new Date('2026-11-27T10:00:00Z'), calendar)).toBe(-2);
    expect(workingDaysBetween(new Date('2026-11-28T10:00:00Z'), new Date('2026-11-29T10:00:00Z'), calendar)).toBe(0);
  });

  it('is the inverse of addWorkingDays on working days', () => {
    const start = new Date('2026-11-25T15:00:00Z');
    for (const days of [1, 2, 5, 7, 12]) expect(workingDaysBetween(start, addWorkingDays(start, days, lisbon), lisbon)).toBe(days);
  });
});

describe('subtractWorkingHours', () => {
  it('goes back within business hours on the same day', () => {
    expect(subtractWorkingHours(new Date('2026-11-25T16:00:00Z'), 4, utc).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('crosses the weekend: 4 working hours before Monday 10:00 is Friday 14:00 (1 h Monday + 3 h Friday)', () => {
    expect(subtractWorkingHours(new Date('2026-11-30T10:00:00Z'), 4, utc).toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });

  it('treats a deadline after hours as the end of business', () => {
    expect(subtractWorkingHours(new Date('2026-11-25T22:00:00Z'), 2, utc).toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });

  it('uses local business hours', () => {
    // Wednesday 12:00 in New York (17:00Z); 4 working hours earlier: 3 h on Wednesday + 1 h Tuesday = Tuesday 16:00 local (21:00Z)
    const due = new Date('2026-11-25T17:00:00Z');
    expect(subtractWorkingHours(due, 4, { timeZone: 'America/New_York' }).toISOString()).toBe('2026-11-24T21:00:00.000Z');
  });
});

describe('calendar helpers', () => {
  it('knows weekends and holidays', () => {
    expect(isWorkingDay('2026-11-28', utc)).toBe(false);
    expect(isWorkingDay('2026-11-27', utc)).toBe(true);
    expect(isWorkingDay('2026-11-27', { timeZone: 'UTC', holidays: new Set(['2026-11-27']) })).toBe(false);
  });

  it('resolves a wall-clock time in a DST gap to a real instant on the same day', () => {
    const instant = zonedToInstant('2026-03-29', '01:30:00', 'Europe/Lisbon'); // 01:00 -> 02:00 that night
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // shown as 02:30 summer time
    expect(localDateKey(instant, 'Europe/Lisbon')).toBe('2026-03-29');
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(safeTimeZone('Europe/Rome')).toBe('Europe/Rome');
    expect(safeTimeZone('')).toBe('UTC');
  });
});
