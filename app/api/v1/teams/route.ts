// GET /api/v1/teams?q=&ngi=&stack=&component=&os=&arch=&status=&sort=&dir=&page=&perPage=
//   The teams table as JSON, same filters and sorts as /teams; perPage up to 500.
//   -> { rows, total, page, perPage }. Any signed-in user (session or Bearer token).
import { apiRoute } from '@/lib/api/route-handler';
import { listTeams } from '@/lib/teams/list-teams';
import { teamTableParams } from '@/lib/teams/table-params';
import { teamRowJson } from '@/lib/teams/team-json';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  const state = teamTableParams.parse(request.nextUrl.searchParams);
  const page = await listTeams(state);
  return { rows: page.rows.map(teamRowJson), total: page.total, page: page.page, perPage: page.perPage };
});
