// GET /api/v1/rollouts: the rollouts list with the same filters as /rollouts (status, stack, manager,
// team, overdue, q), sort and paging. -> { data, total, page, perPage }
import { apiRoute } from '@/lib/api/route-handler';
import { listEnvelope } from '@/lib/api/list-envelope';
import { parseApiQuery } from '@/lib/api/strict-query';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { rolloutListItem } from '@/lib/rollout/serialize';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request, { user }) => {
  const state = parseApiQuery(rolloutTableParams, request.nextUrl.searchParams);
  const page = await listRollouts(state, user);
  return listEnvelope(page.rows.map(rolloutListItem), { total: page.total, page: page.page, perPage: state.perPage });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
