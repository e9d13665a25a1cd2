// GET /api/v1/providers: the Technology Providers with their stacks, whole on one page.
// POST /api/v1/providers { name, external? }: adds one (admins, catalog.edit) -> 201, Location.
import { parseInput } from '@/lib/actions/action-result';
import { wholeList } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject } from '@/lib/api/write-request';
import { ZApiCreateProvider } from '@/lib/catalog/api-schemas';
import { listProvidersJson, loadProviderJson } from '@/lib/catalog/load-catalog-json';
import { createProvider } from '@/lib/catalog/manage-providers';
import { appUrl } from '@/lib/notify/enqueue-message';

export const GET = apiRoute(async (request) => wholeList(request.nextUrl.searchParams, await listProvidersJson()));

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(ZApiCreateProvider, await readBodyObject(request));
  const provider = await createProvider(user, input);
  return createdAt(appUrl(`/api/v1/providers/${provider.id}`), await loadProviderJson(provider.id));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
