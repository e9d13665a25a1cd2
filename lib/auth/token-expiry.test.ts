// Token expiry from the form, as a client that skips the browser's checks may send it.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '@/lib/actions/action-result';
import { ValidationError } from '@/lib/errors';
import { expiryDate, tokenExpiryDays } from './token-expiry';

describe('token expiry', () => {
  it('accepts whole days from 1 to 3650, and never as 0, "never" or empty', () => {
    expect(parseInput(tokenExpiryDays, '1')).toBe(1);
    expect(parseInput(tokenExpiryDays, ' 3650 ')).toBe(3650);
    expect(parseInput(tokenExpiryDays, 30)).toBe(30);
    for (const never of ['0', '', 'never', undefined]) expect(parseInput(tokenExpiryDays, never)).toBeNull();
  });

  it('refuses negative, fractional, too large and non-numeric values with a message (not "never")', () => {
    for (const bad of ['-5', '1.5', '99999999', '3651', '1e3', 'abc', '0x10', 1.5, -5]) {
      const error = (() => {
        try {
          parseInput(z.object({ expiresInDays: tokenExpiryDays }), { expiresInDays: bad });
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, String(bad)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.expiresInDays?.[0]).toMatch(/Whole days from 1 to 3650/);
    }
  });

  it('turns days into an expiry date', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(expiryDate(2, now)).toEqual(new Date('2030-01-03T00:00:00Z'));
    expect(expiryDate(null, now)).toBeNull();
  });
});
