// The URL parameters of the teams table, shared by the page, its CSV export and GET /api/v1/teams:
// NGI, stack, component, OS, arch, free text and active/retired, plus paging and sorting.
import { enumFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';

export const TEAM_SORTS = ['name', 'ngi', 'site', 'members', 'contacts', 'commitments', 'rollouts', 'createdAt'] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];

export const TEAM_STATUSES = ['active', 'retired', 'all'] as const;

export const teamTableParams = tableParamsSchema({
  sortable: TEAM_SORTS,
  defaultSort: { id: 'name', dir: 'asc' },
  perPageOptions: [10, 25, 50, 100],
  defaultPerPage: 25,
  // The API and the CSV export may ask for more than the menu offers.
  maxPerPage: 500,
  filters: {
    q: textFilter(100),
    ngi: textFilter(32),
    stack: textFilter(64),
    component: textFilter(128),
    os: textFilter(64),
    arch: textFilter(32),
    status: enumFilter(TEAM_STATUSES),
  },
});

export type TeamTableState = ReturnType<typeof teamTableParams.parse>;
export type TeamFilters = TeamTableState['filters'];
