// GET /api/v1/teams/{name}: one team (ea-<NGI>-<Site>), the same object as in GET /api/v1/teams (members
// with their sources, contacts, commitments with ids), plus its rollouts. 404 with a reason when there is no such team.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { getTeamByName } from '@/lib/teams/get-team';
import { listTeams } from '@/lib/teams/list-teams';
import { teamTableParams } from '@/lib/teams/table-params';
import { teamDetailJson } from '@/lib/teams/team-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ name: string }>(async (_request, { params }) => {
  const name = safeDecodeURIComponent(params.name);
  const team = await getTeamByName(name);
  const row = team ? (await listTeams(teamTableParams.parse({}), { name: team.name })).rows[0] : undefined;
  if (!team || !row) throw new NotFoundError(`No team named ${name}.`);
  return teamDetailJson(row, team);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
