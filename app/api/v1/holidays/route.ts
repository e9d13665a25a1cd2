// GET /api/v1/holidays: the holiday calendar from the start of last year (working-day deadlines skip
// these days), whole on one page.
// POST /api/v1/holidays { date, name, ngi? }: adds a holiday everywhere, or in one NGI (by id, code or
// name) (admins and coordinators, settings.edit) -> 201, Location.
import { parseInput } from '@/lib/actions/action-result';
import { wholeList } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { resolveNgi } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { appUrl } from '@/lib/notify/enqueue-message';
import { ZApiCreateHoliday } from '@/lib/time/api-schemas';
import { listHolidaysJson, loadHolidayJson } from '@/lib/time/holiday-json';
import { addHoliday } from '@/lib/time/holidays';

export const GET = apiRoute(async (request) => wholeList(request.nextUrl.searchParams, await listHolidaysJson()));

export const POST = apiRoute(async (request, { user }) => {
  const { ngi, ...input } = parseInput(ZApiCreateHoliday, await readBodyObject(request));
  const countryCode = ngi === undefined ? '' : (await resolveNgi(ngi, { field: 'ngi' })).code;
  const holiday = await withApiFieldNames({ countryCode: 'ngi' }, () => addHoliday(user, { ...input, countryCode }));
  return createdAt(appUrl(`/api/v1/holidays/${holiday.id}`), await loadHolidayJson(holiday.id));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
