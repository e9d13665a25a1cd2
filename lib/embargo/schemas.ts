// Input of the embargo mutations (page forms and the JSON API).
import { z } from 'zod';

const UNTIL = 'Enter the date and time the embargo ends.';
// The form's datetime-local value is UTC (as labelled), whatever the server's time zone; the API may send any ISO instant.
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The embargo's end as a date: a form's datetime-local (UTC) or any ISO instant; the "in the future" check is the lib's (it knows now). */
export const embargoUntil = z
  .string({ message: UNTIL })
  .trim()
  .min(1, UNTIL)
  .transform((value) => new Date(LOCAL.test(value) ? `${value}Z` : value))
  .refine((date) => !Number.isNaN(date.getTime()), UNTIL);

export const ZSetEmbargo = z.object({
  until: embargoUntil,
  version: z.coerce.number().int().positive().optional(),
});

export const ZLiftEmbargo = z.object({
  reason: z.string().trim().min(10, 'Say in a sentence why the embargo is lifted early (at least 10 characters).').max(2000),
  version: z.coerce.number().int().positive().optional(),
});
