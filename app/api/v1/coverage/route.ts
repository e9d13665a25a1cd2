// GET /api/v1/coverage[?stack=&capability=&os=&arch=&retired=1][&format=csv]: per component and
// platform, the committed EA teams (names), their number and the status against the redundancy target.
import { apiRoute } from '@/lib/api/route-handler';
import { csvFileName, readApiCoverageQuery, wantsCsv } from '@/lib/coverage/api-query';
import { matrixCsv } from '@/lib/coverage/coverage-csv';
import { coverageJson } from '@/lib/coverage/coverage-json';
import { getCoverageDetail } from '@/lib/coverage/get-coverage-detail';
import { csvResponse } from '@/lib/csv/to-csv';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  const query = await readApiCoverageQuery(params, ['retired', 'format']);
  const { coverage, names } = await getCoverageDetail(query.filter);
  if (wantsCsv(params)) return csvResponse(matrixCsv(coverage, names, query.showRetired), csvFileName('matrix'));
  return { filter: query.filter, ...coverageJson(coverage, { names, includeRetired: query.showRetired }) };
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
