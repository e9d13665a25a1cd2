// GET /api/v1/releases/{number}/items/{itemId}: one release item (a PPA: platform, state, version,
// packages, verification, its staged-rollout ticket), as in its release's `items`, with an ETag that
// POST …/transition accepts in If-Match.
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { loadReleaseItemJson } from '@/lib/releases/load-release-json';


export const GET = apiRoute<{ number: string; itemId: string }>(async (request, { user, params }) =>
  jsonWithEtag(request, await loadReleaseItemJson(params.number, params.itemId, user)),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
