// Input of the shortened-exposure request (page form and JSON API).
import { z } from 'zod';

export const ZShortenExposure = z.object({
  days: z.coerce.number({ message: 'Enter a number of days.' }).int('Enter a whole number of days.').min(1, 'At least 1 day.').max(30),
  reason: z.string().trim().min(10, 'Say in a sentence why a shorter exposure is enough (at least 10 characters).').max(2000),
  version: z.coerce.number().int().positive().optional(),
});
