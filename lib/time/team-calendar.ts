// Builds a team's working calendar from the database: its site's time zone plus the holidays that
// apply everywhere (countryCode '') or in its NGI (countryCode = NGI code).
import 'server-only';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/transaction';
import { safeTimeZone, type WorkingCalendar } from './working-days';

/** YYYY-MM-DD of a Holiday.date (a DATE column, read back as UTC midnight). */
export function holidayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Holiday keys by country code ('' = everywhere), loaded once per call site. */
export async function loadHolidays(client: Tx = db): Promise<Map<string, Set<string>>> {
  const rows = await client.holiday.findMany({ select: { date: true, countryCode: true } });
  const byCountry = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = row.countryCode.toUpperCase();
    if (!byCountry.has(code)) byCountry.set(code, new Set());
    byCountry.get(code)!.add(holidayKey(row.date));
  }
  return byCountry;
}

/** A calendar for a site time zone and NGI code, from holidays loaded with loadHolidays. */
export function calendarFor(timeZone: string | null | undefined, ngiCode: string | null | undefined, holidays: Map<string, Set<string>>): WorkingCalendar {
  const merged = new Set<string>(holidays.get('') ?? []);
  for (const key of holidays.get((ngiCode ?? '').toUpperCase()) ?? []) merged.add(key);
  return { timeZone: safeTimeZone(timeZone), holidays: merged };
}

