// GET /api/v1/rollouts: the rollouts list with the same filters as /rollouts (status, stack, manager,
// team, overdue, q), sort and paging.
import { apiRoute } from '@/lib/api/route-handler';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { rolloutListItem } from '@/lib/rollout/serialize';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request, { user }) => {
  const state = rolloutTableParams.parse(request.nextUrl.searchParams);
  const page = await listRollouts(state, user);
  return { total: page.total, page: page.page, perPage: state.perPage, sort: state.sort, dir: state.dir, filters: state.filters, items: page.rows.map(rolloutListItem) };
});
