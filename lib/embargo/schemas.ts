// Input of the embargo mutations (page forms and the JSON API).
import { z } from 'zod';

export const ZSetEmbargo = z.object({
  until: z.coerce.date({ message: 'Enter the date and time the embargo ends.' }),
  version: z.coerce.number().int().positive().optional(),
});

export const ZLiftEmbargo = z.object({
  reason: z.string().trim().min(10, 'Say in a sentence why the embargo is lifted early (at least 10 characters).').max(2000),
  version: z.coerce.number().int().positive().optional(),
});
