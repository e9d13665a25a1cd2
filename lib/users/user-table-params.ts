// The query of GET /api/v1/users: free text over name and e-mail, managers only (`role=manager`, the
// people a rollout can be assigned to), the stack they manage, plus paging and sorting.
import { enumFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';

export const USER_SORTS = ['name', 'email'] as const;

export const userTableParams = tableParamsSchema({
  sortable: USER_SORTS,
  defaultSort: { id: 'name', dir: 'asc' },
  perPageOptions: [25, 50, 100],
  defaultPerPage: 25,
  maxPerPage: 200,
  filters: {
    q: textFilter(100),
    role: enumFilter(['manager']),
    stack: textFilter(64),
  },
});

export type UserTableState = ReturnType<typeof userTableParams.parse>;
