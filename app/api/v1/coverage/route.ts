// GET /api/v1/coverage[?stack=&capability=&os=&arch=&retired=1][&format=csv]: per component and
// platform, the committed EA teams (names), their number and the status against the redundancy target.
import { apiRoute } from '@/lib/api/route-handler';
import { csvFileName, readApiCoverageQuery, wantsCsv } from '@/lib/coverage/api-query';
import { getCoverageCsvText, getCoverageJsonText } from '@/lib/coverage/coverage-documents';
import { csvResponse } from '@/lib/csv/to-csv';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  const query = await readApiCoverageQuery(params, ['retired', 'format']);
  if (wantsCsv(params)) return csvResponse(await getCoverageCsvText(query.filter, query.showRetired), csvFileName('matrix'));
  // Sent as cached, finished text (lib/coverage/coverage-documents.ts).
  return new Response(await getCoverageJsonText(query.filter, query.showRetired), { headers: { 'content-type': 'application/json' } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
