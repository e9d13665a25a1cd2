// GET /api/v1/releases/{number}/history: the audit trail of the release and of its items, newest first,
// as the History panels of its page (any signed-in user).
import { historyJson } from '@/lib/audit/history-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { refuseUnknownParams } from '@/lib/api/strict-query';
import { loadReleaseJson } from '@/lib/releases/load-release-json';


export const GET = apiRoute<{ number: string }>(async (request, { user, params }) => {
  refuseUnknownParams(request.nextUrl.searchParams, []);
  const release = await loadReleaseJson(params.number, user);
  return historyJson([{ entityType: 'Release', entityId: release.id }, ...release.items.map((item) => ({ entityType: 'ReleaseItem', entityId: item.id }))]);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
