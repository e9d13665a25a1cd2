// GET /api/v1/components?q=&stack=&capability=&os=&arch=&status=live|retired|all&sort=&dir=&page=&perPage=
//   The component catalogue: stack, provider, UMD capability, platforms shipped on, committed teams,
//   versions. -> { data, total, page, perPage }. Any signed-in user (session or Bearer token).
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { parseApiQuery } from '@/lib/api/strict-query';
import { listComponents } from '@/lib/catalog/list-components';
import { componentTableParams } from '@/lib/catalog/table-params';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request) => {
  const state = parseApiQuery(componentTableParams, request.nextUrl.searchParams);
  const page = await listComponents(state);
  return listEnvelope(
    page.rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      capability: row.capability,
      stack: row.stack,
      provider: row.provider,
      status: row.retiredAt ? 'retired' : 'live',
      retiredAt: row.retiredAt?.toISOString() ?? null,
      platforms: row.platforms,
      committedTeams: row.counts.teams,
      versions: row.counts.versions,
      latestVersion: row.latestVersion,
    })),
    page,
  );
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
