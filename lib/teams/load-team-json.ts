// What GET /api/v1/teams/{name} answers, for that route and for the If-Match check of the writes on the
// team (lib/api/etag.ts): the team as in the list, plus its rollouts.
import 'server-only';
import type { Viewer } from '@/lib/embargo/visibility';
import { NotFoundError } from '@/lib/errors';
import { getTeamByName } from './get-team';
import { listTeams } from './list-teams';
import { teamTableParams } from './table-params';
import { teamDetailJson } from './team-json';
import { requireTeamByName } from './team-by-name';

/** `nameParam`: the team's name or id. `viewer`: who asks (the team's rollouts leave out embargoed ones they may not see). */
export async function loadTeamJson(nameParam: string, viewer: Viewer) {
  const { name } = await requireTeamByName(nameParam);
  const team = await getTeamByName(name, viewer);
  const row = team ? (await listTeams(teamTableParams.parse({}), { name: team.name })).rows[0] : undefined;
  if (!team || !row) throw new NotFoundError(`No team named ${name}.`);
  return teamDetailJson(row, team);
}
