import { describe, expect, it } from 'vitest';
import { exposureCountdown, exposureEndProblem } from './exposure';

const start = new Date('2011-05-02T09:00:00Z');

describe('exposureEndProblem', () => {
  it('accepts an end within 60 days after the start', () => {
    expect(exposureEndProblem(start, new Date('2011-05-07T09:00:00Z'))).toBeNull();
  });
  it('refuses an end before the start, too far ahead, or invalid', () => {
    expect(exposureEndProblem(start, new Date('2011-05-01T09:00:00Z'))).toMatch(/after it started/);
    expect(exposureEndProblem(start, new Date('2011-08-01T09:00:00Z'))).toMatch(/at most 60 days/);
    expect(exposureEndProblem(start, new Date('nonsense'))).toMatch(/valid date/);
  });
});

describe('exposureCountdown', () => {
  const end = new Date('2011-05-09T09:00:00Z');
  it('counts days and hours, then hours, then minutes', () => {
    expect(exposureCountdown(end, new Date('2011-05-06T05:00:00Z')).label).toBe('3 days 4 hours left');
    expect(exposureCountdown(end, new Date('2011-05-08T09:00:00Z')).label).toBe('1 day left');
    expect(exposureCountdown(end, new Date('2011-05-09T04:00:00Z')).label).toBe('5 hours left');
    expect(exposureCountdown(end, new Date('2011-05-09T08:59:30Z')).label).toBe('1 minute left');
  });
  it('says ended once the end has passed', () => {
    expect(exposureCountdown(end, new Date('2011-05-10T00:00:00Z'))).toEqual({ ended: true, remainingMs: 0, label: 'ended' });
  });
});
