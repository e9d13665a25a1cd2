// GET /api/v1/coverage/gaps[?stack=&capability=&os=&arch=&page=][&format=csv]: components below the
// redundancy target, most urgent first, with the teams that could be asked -> { data, total, page, perPage }
// (each gap names its tier; the target itself is in GET /api/v1/coverage). CSV: every gap, no paging.
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { csvFileName, readApiCoverageQuery, wantsCsv } from '@/lib/coverage/api-query';
import { gapsCsv } from '@/lib/coverage/coverage-csv';
import { GAPS_PAGE_SIZE, getCoverageGaps } from '@/lib/coverage/get-coverage-gaps';
import { gapJson } from '@/lib/coverage/gaps-json';
import { csvResponse } from '@/lib/csv/to-csv';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  const query = await readApiCoverageQuery(params, ['page', 'format']);
  if (wantsCsv(params)) {
    const all = await getCoverageGaps(query.filter, 1, null);
    return csvResponse(gapsCsv(all.gaps), csvFileName('gaps'));
  }
  const gaps = await getCoverageGaps(query.filter, query.page);
  return listEnvelope(gaps.gaps.map(gapJson), { total: gaps.total, page: gaps.page, perPage: GAPS_PAGE_SIZE });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
