// GET /api/v1/teams/{name}: one team (ea-<NGI>-<Site>), the same object as in GET /api/v1/teams (members
// with their sources, contacts, commitments with ids), plus its rollouts; with an ETag, which the writes
// on the team accept in If-Match. 404 with a reason when there is no such team.
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { loadTeamJson } from '@/lib/teams/load-team-json';


export const GET = apiRoute<{ name: string }>(async (request, { user, params }) => jsonWithEtag(request, await loadTeamJson(params.name, user)));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
