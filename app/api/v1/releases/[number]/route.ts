// GET /api/v1/releases/{number}: one sw-rel ticket with its PPAs, their states, staged-rollout tickets and
// outcomes: the same object as its item in GET /api/v1/releases, with an ETag.
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { loadReleaseJson } from '@/lib/releases/load-release-json';


export const GET = apiRoute<{ number: string }>(async (request, { user, params }) => jsonWithEtag(request, await loadReleaseJson(params.number, user)));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
