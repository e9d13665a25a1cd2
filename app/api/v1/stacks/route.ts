// GET /api/v1/stacks: the middleware stacks (slug, provider, mailing list), whole on one page.
// POST /api/v1/stacks { slug, name, provider, mailingList?, repoUrl? }: adds one with its list group
// early-adopters-<slug> (admins, catalog.edit); `provider` by id or name -> 201, Location.
import { parseInput } from '@/lib/actions/action-result';
import { wholeList } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { resolveProvider } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiCreateStack } from '@/lib/catalog/api-schemas';
import { listStacksJson, loadStackJson } from '@/lib/catalog/load-catalog-json';
import { createStack } from '@/lib/catalog/manage-stacks';
import { appUrl } from '@/lib/notify/enqueue-message';

export const GET = apiRoute(async (request) => wholeList(request.nextUrl.searchParams, await listStacksJson()));

export const POST = apiRoute(async (request, { user }) => {
  const { provider, ...input } = parseInput(ZApiCreateStack, await readBodyObject(request));
  const providerId = (await resolveProvider(provider, { field: 'provider' })).id;
  const stack = await withApiFieldNames({ providerId: 'provider' }, () => createStack(user, { ...input, providerId }));
  return createdAt(appUrl(`/api/v1/stacks/${stack.slug}`), await loadStackJson(stack.id));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
