// The expiry a user may give a personal API token: whole days from 1 to 3650, or never (0, "never" or
// left empty). Checked on the server: a client that skips the browser's checks gets a field message,
// not a token that never expires.
import { z } from 'zod';

export const MAX_TOKEN_DAYS = 3650;
const MESSAGE = `Whole days from 1 to ${MAX_TOKEN_DAYS}, or 0 for a token that never expires.`;

/** Days until expiry, or null for never. */
export const tokenExpiryDays = z
  .union([z.string(), z.number()], { error: MESSAGE })
  .optional()
  .transform((value, context) => {
    const text = String(value ?? '').trim().toLowerCase();
    if (text === '' || text === '0' || text === 'never') return null;
    if (!/^\d{1,4}$/.test(text) || Number(text) < 1 || Number(text) > MAX_TOKEN_DAYS) {
      context.addIssue({ code: 'custom', message: MESSAGE });
      return z.NEVER;
    }
    return Number(text);
  });

export function expiryDate(days: number | null, now = new Date()): Date | null {
  return days === null ? null : new Date(now.getTime() + days * 86_400_000);
}
