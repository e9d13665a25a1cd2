import { describe, expect, it } from 'vitest';
import { formatNumber, niceScale } from './chart-scale';

describe('niceScale', () => {
  it('rounds the maximum up to a 1/2/5 step and lists the ticks', () => {
    expect(niceScale(26)).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(niceScale(13)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(niceScale(45)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(niceScale(0.4).max).toBeCloseTo(0.4);
  });

  it('gives a unit axis when there is nothing to show', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('formats integers plainly and fractions with one decimal', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(2.345)).toBe('2.3');
  });
});
