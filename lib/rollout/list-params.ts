// The URL parameters of the rollouts list, shared by /rollouts and GET /api/v1/rollouts: status,
// stack, manager, team, overdue, readiness and free text, plus paging and sorting. Pure.
import { enumFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';

export const ROLLOUT_SORTS = ['number', 'title', 'status', 'stack', 'owner', 'createdAt'] as const;
export type RolloutSort = (typeof ROLLOUT_SORTS)[number];

export const rolloutTableParams = tableParamsSchema({
  sortable: ROLLOUT_SORTS,
  defaultSort: { id: 'number', dir: 'desc' },
  perPageOptions: [10, 25, 50, 100],
  defaultPerPage: 25,
  maxPerPage: 500,
  filters: {
    q: textFilter(100),
    status: enumFilter(['NEW', 'OPEN', 'RESOLVED']),
    stack: textFilter(32),
    /** The owner's e-mail, or "none" for rollouts without a manager. */
    manager: textFilter(254),
    team: textFilter(128),
    overdue: enumFilter(['yes']),
    /** Open rollouts by their readiness to be accepted (lib/readiness); STALLED: the waiting ones with nothing left to wait for. */
    readiness: enumFilter(['READY', 'WAITING', 'HELD', 'STALLED']),
  },
});

export type RolloutTableState = ReturnType<typeof rolloutTableParams.parse>;
export type RolloutFilters = RolloutTableState['filters'];
