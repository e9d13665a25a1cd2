// GET /api/v1/teams/{name}: one team (ea-<NGI>-<Site>) with members and their source, contacts,
// commitments and rollouts. 404 with a reason when there is no such team.
import { apiRoute } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { getTeamByName } from '@/lib/teams/get-team';
import { teamDetailJson } from '@/lib/teams/team-json';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ name: string }>(async (_request, { user, params }) => {
  const name = safeDecodeURIComponent(params.name);
  const team = await getTeamByName(name, user);
  if (!team) throw new NotFoundError(`No team named ${name}.`);
  return teamDetailJson(team);
});
