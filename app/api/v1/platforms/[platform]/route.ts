// GET /api/v1/platforms/{platform}: one platform by id or "<OS> <arch>", as in the list, with an ETag.
// PATCH { version, os?, arch? } (or If-Match): corrects its label (admins, catalog.edit).
// DELETE { version } (or If-Match): retires it (admins); POST …/restore brings it back (lib/api/retire-route.ts).
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolvePlatform } from '@/lib/api/resolve-ref';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite } from '@/lib/api/write-request';
import { ZApiEditPlatform } from '@/lib/catalog/api-schemas';
import { loadPlatformJson } from '@/lib/catalog/load-catalog-json';
import { updatePlatform } from '@/lib/catalog/manage-providers';

export const GET = apiRoute<{ platform: string }>(async (request, { params }) =>
  jsonWithEtag(request, await loadPlatformJson((await resolvePlatform(params.platform, PATH)).id)),
);

export const PATCH = apiRoute<{ platform: string }>(async (request, { user, params }) => {
  const { id } = await resolvePlatform(params.platform, PATH);
  const input = parseInput(ZApiEditPlatform, await readEntityWrite(request, 'This platform', () => loadPlatformJson(id)));
  const current = await loadPlatformJson(id);
  await updatePlatform(user, { id, version: input.version, os: input.os ?? current.os, arch: input.arch ?? current.arch });
  return jsonWithEtag(request, await loadPlatformJson(id));
});

export const DELETE = retireRoute(RETIRABLE.platform, 'platform', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
