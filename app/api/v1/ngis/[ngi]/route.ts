// GET /api/v1/ngis/{ngi}: one NGI by id, code or name, with an ETag.
// PATCH { version, name } (or If-Match): renames it (admins); the code stays, it is part of team names.
// DELETE { version } (or If-Match): retires it (admins); POST …/restore brings it back (lib/api/retire-route.ts).
import { parseInput } from '@/lib/actions/action-result';
import { jsonWithEtag } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolveNgi } from '@/lib/api/resolve-ref';
import { RETIRABLE, retireRoute } from '@/lib/api/retire-route';
import { apiRoute } from '@/lib/api/route-handler';
import { readEntityWrite } from '@/lib/api/write-request';
import { ZApiEditNgi } from '@/lib/teams/api-schemas';
import { updateNgi } from '@/lib/teams/manage-ngis';
import { loadNgiJson } from '@/lib/teams/ngi-json';

export const GET = apiRoute<{ ngi: string }>(async (request, { params }) => jsonWithEtag(request, await loadNgiJson((await resolveNgi(params.ngi, PATH)).id)));

export const PATCH = apiRoute<{ ngi: string }>(async (request, { user, params }) => {
  const ngi = await resolveNgi(params.ngi, PATH);
  const input = parseInput(ZApiEditNgi, await readEntityWrite(request, `NGI ${ngi.code}`, () => loadNgiJson(ngi.id)));
  await updateNgi(user, { id: ngi.id, ...input });
  return jsonWithEtag(request, await loadNgiJson(ngi.id));
});

export const DELETE = retireRoute(RETIRABLE.ngi, 'ngi', true);

export const { POST, PUT } = methodNotAllowed('GET', 'PATCH', 'DELETE');
