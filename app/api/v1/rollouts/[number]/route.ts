// GET /api/v1/rollouts/{number}: one rollout with its teams, findings, reports (metadata and download
// URL), document, and its readiness to be accepted under the policy that applies: the fields of its item in
// GET /api/v1/rollouts, then more. With an ETag; writes on the rollout accept it in If-Match (lib/api/etag.ts).
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { loadRolloutJson } from '@/lib/rollout/load-rollout-json';


export const GET = apiRoute<{ number: string }>(async (request, { user, params }) => jsonWithEtag(request, await loadRolloutJson(user, params.number)));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
