// GET /api/v1/components/{component}: one component by id, name or <stack>/<name>, the same object as
// its row in GET /api/v1/components; with an ETag.
// PATCH { version, name?, capability?, description?, platforms?, gocdbServiceType? } (or If-Match): edits
//   it (admins, catalog.edit); a platform teams are committed on cannot be dropped.
// DELETE { version } (or If-Match): retires it (admins): no new commitments, its history kept;
//   POST …/restore brings it back (lib/api/retire-route.ts).
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolveComponent, resolvePlatforms } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiEditComponent } from '@/lib/catalog/api-schemas';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { COMPONENT_API_FIELDS } from '@/lib/catalog/catalog-json';
import { loadComponentJson } from '@/lib/catalog/load-catalog-json';
import { updateComponent } from '@/lib/catalog/manage-components';

export const GET = apiRoute<{ component: string }>(async (request, { user, params }) =>
  jsonWithEtag(request, await loadComponentJson((await resolveComponent(params.component, PATH)).id, user)),
);

export const PATCH = apiRoute<{ component: string }>(async (request, { user, params }) => {
  const { id } = await resolveComponent(params.component, PATH);
  const input = parseInput(ZApiEditComponent, await readEntityWrite(request, 'This component', () => loadComponentJson(id, user)));
  const current = await loadComponentJson(id, user);
  const platformIds = input.platforms === undefined ? current.platforms.map((platform) => platform.id) : await resolvePlatforms(input.platforms, 'platforms');
  await withApiFieldNames(COMPONENT_API_FIELDS, () =>
    updateComponent(user, {
      id,
      version: input.version,
      name: input.name ?? current.name,
      capability: input.capability ?? current.capability,
      description: input.description ?? current.description,
      gocdbServiceType: input.gocdbServiceType === undefined ? current.gocdbServiceType : input.gocdbServiceType,
      platformIds,
    }),
  );
  return jsonWithEtag(request, await loadComponentJson(id, user));
});

export const DELETE = retireRoute(RETIRABLE.component, 'component', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
