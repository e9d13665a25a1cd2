// GET /api/v1/teams/{name}: one team (by name ea-<NGI>-<Site>, or id), the same object as in GET
// /api/v1/teams (members with their sources, contacts, commitments with ids), plus its rollouts; with an
// ETag, which the writes on the team accept in If-Match. 404 with a reason when there is no such team.
// PATCH { version, ngi?, site?, timeZone?, description? }: edits it (admins); a new NGI or site renames it.
// DELETE { version } (or If-Match): retires it (admins): no new invitations, its history kept;
//   POST …/restore brings it back (lib/api/retire-route.ts).
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { parseInput } from '@/lib/actions/action-result';
import { resolveNgi } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiEditTeam } from '@/lib/teams/api-schemas';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { loadTeamJson } from '@/lib/teams/load-team-json';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { TEAM_API_FIELDS } from '@/lib/teams/team-json';
import { updateTeam } from '@/lib/teams/update-team';


export const GET = apiRoute<{ name: string }>(async (request, { user, params }) => jsonWithEtag(request, await loadTeamJson(params.name, user)));

export const PATCH = apiRoute<{ name: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  const input = parseInput(ZApiEditTeam, await readEntityWrite(request, `Team ${team.name}`, () => loadTeamJson(team.id, user)));
  const current = await loadTeamJson(team.id, user);
  const ngiCode = input.ngi === undefined ? current.ngi.code : (await resolveNgi(input.ngi, { field: 'ngi' })).code;
  await withApiFieldNames(TEAM_API_FIELDS, () =>
    updateTeam(user, {
      teamId: team.id,
      version: input.version,
      ngiCode,
      siteName: input.site ?? current.site.name,
      timeZone: input.timeZone ?? current.site.timeZone,
      description: input.description ?? current.description,
    }),
  );
  return jsonWithEtag(request, await loadTeamJson(team.id, user));
});

export const DELETE = retireRoute(RETIRABLE.team, 'name', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
