import { describe, expect, it } from 'vitest';
import { dateTimeLocalValue, formatDateTime, formatDeadline, formatShortDateTime, plural } from './format';

const instant = new Date('2026-12-06T20:09:00Z');

describe('the one time rule: the viewer’s zone, always named', () => {
  it('shows one instant in the viewer’s zone with the zone named', () => {
    expect(formatDateTime(instant, 'Europe/Prague')).toBe('06 Dec 2026, 21:09 Europe/Prague');
    expect(formatDateTime(instant, 'UTC')).toBe('06 Dec 2026, 20:09 UTC');
    expect(formatDateTime(null, 'UTC')).toBe('—');
  });

  it('adds the site’s local time to a team’s deadline when the zones differ', () => {
    expect(formatDeadline(instant, 'Europe/Prague', 'Europe/Lisbon')).toBe('06 Dec 2026, 21:09 Europe/Prague (06 Dec, 20:09 Europe/Lisbon at the site)');
    expect(formatDeadline(instant, 'Europe/Lisbon', 'Europe/Lisbon')).toBe('06 Dec 2026, 20:09 Europe/Lisbon');
  });

  it('fills a datetime-local input in the zone its label names', () => {
    expect(dateTimeLocalValue(instant, 'Europe/Lisbon')).toBe('2026-12-06T20:09');
    expect(dateTimeLocalValue(instant, 'Australia/Sydney')).toBe('2026-12-07T07:09');
    expect(formatShortDateTime(instant, 'Australia/Sydney')).toBe('07 Dec, 07:09');
  });

  it('counts in words', () => {
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(2, 'report')).toBe('2 reports');
    expect(plural(1_000, 'entry', 'entries')).toBe('1,000 entries');
  });
});
