// GET /api/v1/ngis: every NGI (code, name, GOCDB name, number of sites), whole on one page.
// POST /api/v1/ngis { code, name }: creates one (admins, as when creating a team) -> 201, Location.
import { parseInput } from '@/lib/actions/action-result';
import { wholeList } from '@/lib/api/list-envelope';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject } from '@/lib/api/write-request';
import { appUrl } from '@/lib/notify/enqueue-message';
import { ZApiCreateNgi } from '@/lib/teams/api-schemas';
import { createNgi } from '@/lib/teams/manage-ngis';
import { listNgisJson, loadNgiJson } from '@/lib/teams/ngi-json';

export const GET = apiRoute(async (request) => wholeList(request.nextUrl.searchParams, await listNgisJson()));

export const POST = apiRoute(async (request, { user }) => {
  const input = parseInput(ZApiCreateNgi, await readBodyObject(request));
  const ngi = await createNgi(user, input);
  return createdAt(appUrl(`/api/v1/ngis/${encodeURIComponent(ngi.code)}`), await loadNgiJson(ngi.id));
});

export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
