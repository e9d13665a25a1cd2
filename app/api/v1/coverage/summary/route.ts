// GET /api/v1/coverage/summary[?stack=&capability=&os=&arch=]: per stack and per Technology Provider,
// products in total, covered (>= 1 team), covered with redundancy (>= target), below target, missing.
import { apiRoute } from '@/lib/api/route-handler';
import { readApiCoverageQuery } from '@/lib/coverage/api-query';
import { getCoverageSummary } from '@/lib/coverage/get-coverage-matrix';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const query = await readApiCoverageQuery(request.nextUrl.searchParams);
  return { filter: query.filter, ...(await getCoverageSummary(query.filter)) };
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
