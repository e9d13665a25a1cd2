// GET /api/v1/stacks/{stack}: one stack by id, slug or name, with an ETag.
// PATCH { version, name?, provider?, mailingList?, repoUrl? } (or If-Match): edits it (admins,
// catalog.edit); the slug stays (it names the stack's list group).
// DELETE { version } (or If-Match): retires it (admins); POST …/restore brings it back (lib/api/retire-route.ts).
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolveProvider, resolveStack } from '@/lib/api/resolve-ref';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiEditStack } from '@/lib/catalog/api-schemas';
import { loadStackJson } from '@/lib/catalog/load-catalog-json';
import { updateStack } from '@/lib/catalog/manage-stacks';

export const GET = apiRoute<{ stack: string }>(async (request, { params }) => jsonWithEtag(request, await loadStackJson((await resolveStack(params.stack, PATH)).id)));

export const PATCH = apiRoute<{ stack: string }>(async (request, { user, params }) => {
  const { id } = await resolveStack(params.stack, PATH);
  const input = parseInput(ZApiEditStack, await readEntityWrite(request, 'This stack', () => loadStackJson(id)));
  const current = await loadStackJson(id);
  const providerId = input.provider === undefined ? current.provider.id : (await resolveProvider(input.provider, { field: 'provider' })).id;
  await withApiFieldNames({ providerId: 'provider' }, () =>
    updateStack(user, {
      id,
      version: input.version,
      providerId,
      name: input.name ?? current.name,
      mailingList: input.mailingList ?? current.mailingList,
      repoUrl: input.repoUrl ?? current.repoUrl,
    }),
  );
  return jsonWithEtag(request, await loadStackJson(id));
});

export const DELETE = retireRoute(RETIRABLE.stack, 'stack', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
