// GET /api/v1/components?q=&stack=&capability=&os=&arch=&status=live|retired|all&sort=&dir=&page=&perPage=
//   The component catalogue: stack, provider, UMD capability, platforms shipped on, committed teams,
//   versions. -> { data, total, page, perPage }. Any signed-in user (session or Bearer token).
// POST /api/v1/components { stack, name, capability, description?, platforms?, gocdbServiceType? }: adds a
//   component (admins, catalog.edit); `stack` by id, slug or name, `platforms` by id or "<OS> <arch>".
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { resolvePlatforms, resolveStack } from '@/lib/api/resolve-ref';
import { parseApiQuery } from '@/lib/api/strict-query';
import { createdAt, readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiCreateComponent } from '@/lib/catalog/api-schemas';
import { COMPONENT_API_FIELDS, componentJson } from '@/lib/catalog/catalog-json';
import { listComponents } from '@/lib/catalog/list-components';
import { loadComponentJson } from '@/lib/catalog/load-catalog-json';
import { createComponent } from '@/lib/catalog/manage-components';
import { componentTableParams } from '@/lib/catalog/table-params';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { appUrl } from '@/lib/notify/enqueue-message';


export const GET = apiRoute(async (request, { user }) => {
  const state = parseApiQuery(componentTableParams, request.nextUrl.searchParams);
  const page = await listComponents(state, user);
  return listEnvelope(page.rows.map(componentJson), page);
});

export const POST = apiRoute(async (request, { user }) => {
  const { stack, platforms, ...input } = parseInput(ZApiCreateComponent, await readBodyObject(request));
  const stackId = (await resolveStack(stack, { field: 'stack' })).id;
  const platformIds = await resolvePlatforms(platforms, 'platforms');
  const component = await withApiFieldNames(COMPONENT_API_FIELDS, () => createComponent(user, { ...input, stackId, platformIds }));
  return createdAt(appUrl(`/api/v1/components/${component.id}`), await loadComponentJson(component.id, user));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
