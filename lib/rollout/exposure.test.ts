import { describe, expect, it } from 'vitest';
import { defaultExposureDays, defaultExposureEnd, exposureCountdown, exposureEndProblem } from './exposure';

const start = new Date('2011-05-02T09:00:00Z');

describe('exposure defaults', () => {
  it('is 7 days for revision, minor and major releases', () => {
    for (const type of ['REVISION', 'MINOR', 'MAJOR'] as const) expect(defaultExposureDays({ type, security: false })).toBe(7);
    expect(defaultExposureEnd(start, { type: 'MINOR', security: false }).toISOString()).toBe('2011-05-09T09:00:00.000Z');
  });

  it('is 2 days for emergency releases and for security releases of any type', () => {
    expect(defaultExposureDays({ type: 'EMERGENCY', security: false })).toBe(2);
    expect(defaultExposureDays({ type: 'REVISION', security: true })).toBe(2);
    expect(defaultExposureEnd(start, { type: 'EMERGENCY', security: false }).toISOString()).toBe('2011-05-04T09:00:00.000Z');
  });
});

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
