import { describe, expect, it } from 'vitest';
import { dateRangePeriod, inPeriod, projectYearPeriod, quarterLabel, quarterOf } from './project-quarters';

const at = (iso: string) => new Date(iso);

describe('project quarters', () => {
  it('puts the last second of July in Q1 and midnight of 1 August in Q2 (UTC)', () => {
    expect(quarterOf(at('2010-07-31T23:59:59Z')).key).toBe('2010-Q1');
    expect(quarterOf(at('2010-08-01T00:00:00Z')).key).toBe('2010-Q2');
  });

  it('starts the project year on 1 May and keeps January-April in the previous project year', () => {
    expect(quarterOf(at('2010-04-30T23:59:59.999Z')).key).toBe('2009-Q4');
    expect(quarterOf(at('2010-05-01T00:00:00Z')).key).toBe('2010-Q1');
    expect(quarterOf(at('2010-12-31T12:00:00Z')).key).toBe('2010-Q3');
    expect(quarterOf(at('2011-01-31T23:59:59Z')).key).toBe('2010-Q3');
    expect(quarterOf(at('2011-02-01T00:00:00Z')).key).toBe('2010-Q4');
  });

  it('gives Q3 and Q4 boundaries across the calendar year', () => {
    const q3 = quarterOf(at('2010-11-15T00:00:00Z'));
    expect(q3.start.toISOString()).toBe('2010-11-01T00:00:00.000Z');
    expect(q3.end.toISOString()).toBe('2011-02-01T00:00:00.000Z');
    const q4 = quarterOf(at('2011-03-01T00:00:00Z'));
    expect(q4.end.toISOString()).toBe('2011-05-01T00:00:00.000Z');
  });

  it('makes a project year of four quarters from 1 May to 1 May', () => {
    const period = projectYearPeriod(2010);
    expect(period.quarters.map((q) => q.key)).toEqual(['2010-Q1', '2010-Q2', '2010-Q3', '2010-Q4']);
    expect(period.start.toISOString()).toBe('2010-05-01T00:00:00.000Z');
    expect(period.end.toISOString()).toBe('2011-05-01T00:00:00.000Z');
    expect(inPeriod(at('2011-04-30T23:59:59Z'), period)).toBe(true);
    expect(inPeriod(at('2011-05-01T00:00:00Z'), period)).toBe(false);
  });

  it('lists the project quarters a date range intersects and includes its last day', () => {
    const period = dateRangePeriod(at('2010-07-15T00:00:00Z'), at('2011-02-01T00:00:00Z'));
    expect(period.quarters.map((q) => q.key)).toEqual(['2010-Q1', '2010-Q2', '2010-Q3', '2010-Q4']);
    expect(period.end.toISOString()).toBe('2011-02-02T00:00:00.000Z');
    expect(period.year).toBeNull();
    const spanning = dateRangePeriod(at('2011-03-01T00:00:00Z'), at('2011-06-01T00:00:00Z'));
    expect(spanning.quarters.map((q) => quarterLabel(q, spanning))).toEqual(['2010 Q4', '2011 Q1']);
  });

  it('recognises a date range that is exactly a project year', () => {
    expect(dateRangePeriod(at('2010-05-01T00:00:00Z'), at('2011-04-30T00:00:00Z')).year).toBe(2010);
  });
});
