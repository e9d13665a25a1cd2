// GET /api/v1/teams?q=&ngi=&stack=&component=&os=&arch=&status=&sort=&dir=&page=&perPage=
//   The teams table as JSON, same filters and sorts as /teams; perPage up to 500.
//   -> { data, total, page, perPage }. Any signed-in user (session or Bearer token).
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { parseApiQuery } from '@/lib/api/strict-query';
import { listTeams } from '@/lib/teams/list-teams';
import { teamTableParams } from '@/lib/teams/table-params';
import { teamJson } from '@/lib/teams/team-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const state = parseApiQuery(teamTableParams, request.nextUrl.searchParams);
  const page = await listTeams(state);
  return listEnvelope(page.rows.map(teamJson), page);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
