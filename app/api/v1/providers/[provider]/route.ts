// GET /api/v1/providers/{provider}: one Technology Provider by id or name, with an ETag.
// PATCH { version, name?, external? } (or If-Match): edits it (admins, catalog.edit).
// DELETE { version } (or If-Match): retires it (admins); POST …/restore brings it back (lib/api/retire-route.ts).
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolveProvider } from '@/lib/api/resolve-ref';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite } from '@/lib/api/write-request';
import { ZApiEditProvider } from '@/lib/catalog/api-schemas';
import { loadProviderJson } from '@/lib/catalog/load-catalog-json';
import { updateProvider } from '@/lib/catalog/manage-providers';

export const GET = apiRoute<{ provider: string }>(async (request, { params }) =>
  jsonWithEtag(request, await loadProviderJson((await resolveProvider(params.provider, PATH)).id)),
);

export const PATCH = apiRoute<{ provider: string }>(async (request, { user, params }) => {
  const { id } = await resolveProvider(params.provider, PATH);
  const input = parseInput(ZApiEditProvider, await readEntityWrite(request, 'This provider', () => loadProviderJson(id)));
  const current = await loadProviderJson(id);
  await updateProvider(user, { id, version: input.version, name: input.name ?? current.name, external: input.external ?? current.external });
  return jsonWithEtag(request, await loadProviderJson(id));
});

export const DELETE = retireRoute(RETIRABLE.provider, 'provider', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
