// GET /api/v1/holidays/{id}: one holiday, with an ETag.
// DELETE (If-Match optional): removes it from the calendar (admins and coordinators) -> 204.
import { NextResponse } from 'next/server';
import { jsonWithEtag, requireIfMatch } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { loadHolidayJson } from '@/lib/time/holiday-json';
import { removeHoliday } from '@/lib/time/holidays';

export const GET = apiRoute<{ id: string }>(async (request, { params }) => jsonWithEtag(request, await loadHolidayJson(params.id.slice(0, 64))));

export const DELETE = apiRoute<{ id: string }>(async (request, { user, params }) => {
  const holiday = await loadHolidayJson(params.id.slice(0, 64));
  await requireIfMatch(request, `The holiday ${holiday.date} ${holiday.name}`, () => loadHolidayJson(holiday.id));
  await removeHoliday(user, holiday.id);
  return new NextResponse(null, { status: 204 });
});

export const { POST, PUT, PATCH } = methodNotAllowed('GET', 'DELETE');
