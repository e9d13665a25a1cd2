// GET /api/v1/platforms: the platforms (OS + architecture) with how many components ship on each and
// how many commitments use it, whole on one page.
// POST /api/v1/platforms { os, arch }: adds one (admins, catalog.edit) -> 201, Location: the list.
import { parseInput } from '@/lib/actions/action-result';
import { wholeList } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject } from '@/lib/api/write-request';
import { ZApiCreatePlatform } from '@/lib/catalog/api-schemas';
import { listPlatformsJson, loadPlatformJson } from '@/lib/catalog/load-catalog-json';
import { createPlatform } from '@/lib/catalog/manage-providers';
import { appUrl } from '@/lib/notify/enqueue-message';

export const GET = apiRoute(async (request) => wholeList(request.nextUrl.searchParams, await listPlatformsJson()));

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(ZApiCreatePlatform, await readBodyObject(request));
  const platform = await createPlatform(user, input);
  return createdAt(appUrl('/api/v1/platforms'), await loadPlatformJson(platform.id));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
