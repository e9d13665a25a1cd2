// GET /api/v1/teams?q=&ngi=&stack=&component=&os=&arch=&status=&sort=&dir=&page=&perPage=
//   The teams table as JSON, same filters and sorts as /teams; perPage up to 500.
//   -> { data, total, page, perPage }. Any signed-in user (session or Bearer token).
// POST /api/v1/teams { ngi, site, timeZone?, description? }: creates the team ea-<NGI>-<Site> (admins),
//   `ngi` by id, code or name -> 201, the team, Location its address.
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { parseApiQuery } from '@/lib/api/strict-query';
import { parseInput } from '@/lib/actions/action-result';
import { resolveNgi } from '@/lib/api/resolve-ref';
import { createdAt, readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { appUrl } from '@/lib/notify/enqueue-message';
import { ZApiCreateTeam } from '@/lib/teams/api-schemas';
import { createTeam } from '@/lib/teams/create-team';
import { listTeams } from '@/lib/teams/list-teams';
import { loadTeamJson } from '@/lib/teams/load-team-json';
import { teamTableParams } from '@/lib/teams/table-params';
import { TEAM_API_FIELDS, teamJson } from '@/lib/teams/team-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const state = parseApiQuery(teamTableParams, request.nextUrl.searchParams);
  const page = await listTeams(state);
  return listEnvelope(page.rows.map(teamJson), page);
});

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(ZApiCreateTeam, await readBodyObject(request));
  const ngi = await resolveNgi(input.ngi, { field: 'ngi' });
  const team = await withApiFieldNames(TEAM_API_FIELDS, () =>
    createTeam(user, { ngiCode: ngi.code, createNgi: false, ngiName: '', siteName: input.site, timeZone: input.timeZone, description: input.description }),
  );
  return createdAt(appUrl(`/api/v1/teams/${encodeURIComponent(team.name)}`), await loadTeamJson(team.id, user));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
