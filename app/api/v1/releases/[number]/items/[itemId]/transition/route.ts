// POST /api/v1/releases/{number}/items/{itemId}/transition
//   { to: IN_VERIFICATION | STAGED_ROLLOUT | VERIFICATION_REJECTED | SKIPPED_ROLLOUT, expectedVersion,
//     reportUrl? (STAGED_ROLLOUT), reason? (VERIFICATION_REJECTED), justification? (SKIPPED_ROLLOUT) }
// Same permission checks and state machine as the release page; 409 on a stale version or an illegal move,
// 412 when If-Match names an older ETag of the item (GET …/items/{itemId}).
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { NotFoundError } from '@/lib/errors';
import { ZTransition } from '@/lib/releases/schemas';
import { transitionReleaseItem } from '@/lib/releases/transition-release-item';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { requireIfMatch } from '@/lib/api/etag';
import { loadReleaseItemJson } from '@/lib/releases/load-release-json';


export const POST = apiRoute<{ number: string; itemId: string }>(async (request, { user, params }) => {
  if (!/^\d{1,9}$/.test(params.number)) throw new NotFoundError(`No release sw-rel #${params.number}.`);
  const matched = await requireIfMatch(request, `Release item ${params.itemId.slice(0, 64)}`, () => loadReleaseItemJson(params.number, params.itemId, user));
  const body = (await readJsonBody(request)) as Record<string, unknown>;
  // If-Match stands for expectedVersion when the body has none: the version the matched ETag shows.
  const input = parseInput(ZTransition, matched && body?.expectedVersion === undefined ? { ...body, expectedVersion: matched.version } : body);
  return transitionReleaseItem(user, { releaseNumber: Number(params.number), itemId: params.itemId }, input);
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
