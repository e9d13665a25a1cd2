// A holiday as the API answers it, defined once as a zod schema (the OpenAPI response; checked against
// real answers in test/api/openapi-responses.test.ts). `ngi`: the NGI code it applies to, null for everywhere.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { listHolidays } from './holidays';

export const ZHolidayJson = z.strictObject({
  id: z.string(),
  date: z.iso.date(),
  name: z.string(),
  ngi: z.string().nullable(),
});
export type HolidayJson = z.infer<typeof ZHolidayJson>;

function holidayJson(holiday: { id: string; date: Date; name: string; countryCode: string }): HolidayJson {
  return { id: holiday.id, date: holiday.date.toISOString().slice(0, 10), name: holiday.name, ngi: holiday.countryCode || null };
}

/** The calendar from the start of last year, as /admin/holidays shows it. */
export async function listHolidaysJson(): Promise<HolidayJson[]> {
  return (await listHolidays()).map(holidayJson);
}

export async function loadHolidayJson(id: string): Promise<HolidayJson> {
  const holiday = await db.holiday.findUnique({ where: { id } });
  if (!holiday) throw new NotFoundError(`No holiday ${id}.`);
  return holidayJson(holiday);
}
