import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { parsePeriod } from './period-params';

describe('parsePeriod', () => {
  it('reads a project year', () => {
    const period = parsePeriod({ year: '2010' });
    expect(period.year).toBe(2010);
    expect(period.start.toISOString()).toBe('2010-05-01T00:00:00.000Z');
  });

  it('reads an inclusive date range', () => {
    const period = parsePeriod({ from: '2010-06-01', to: '2010-09-30' });
    expect(period.end.toISOString()).toBe('2010-10-01T00:00:00.000Z');
    expect(period.quarters.map((q) => q.key)).toEqual(['2010-Q1', '2010-Q2']);
  });

  it('defaults to the current project year', () => {
    expect(parsePeriod({}, new Date('2011-03-10T00:00:00Z')).year).toBe(2010);
    expect(parsePeriod({}, new Date('2011-05-10T00:00:00Z')).year).toBe(2011);
  });

  it.each([
    [{ year: 'abc' }, 'year'],
    [{ year: '1800' }, 'year'],
    [{ year: '2010', from: '2010-05-01', to: '2010-06-01' }, 'year'],
    [{ from: '2010-05-01' }, 'to'],
    [{ to: '2010-05-01' }, 'from'],
    [{ from: '2010-02-30', to: '2010-05-01' }, 'from'],
    [{ from: '2010-06-01', to: '2010-05-01' }, 'to'],
    [{ from: '2000-01-01', to: '2015-01-01' }, 'to'],
  ])('rejects %j naming the field %s', (params, field) => {
    try {
      parsePeriod(params);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[field]?.length).toBeGreaterThan(0);
      expect((error as ValidationError).message).toMatch(field);
    }
  });
});
