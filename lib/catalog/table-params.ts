// URL parameters of the components table (catalogue page and GET /api/v1/components).
import { enumFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';
import { CAPABILITIES } from './capabilities';

export const COMPONENT_SORTS = ['name', 'stack', 'capability', 'platforms', 'teams', 'versions', 'createdAt'] as const;
export type ComponentSort = (typeof COMPONENT_SORTS)[number];

export const componentTableParams = tableParamsSchema({
  sortable: COMPONENT_SORTS,
  defaultSort: { id: 'stack', dir: 'asc' },
  perPageOptions: [25, 50, 100],
  defaultPerPage: 50,
  maxPerPage: 1000,
  filters: {
    q: textFilter(100),
    stack: textFilter(64),
    capability: enumFilter(CAPABILITIES),
    os: textFilter(64),
    arch: textFilter(32),
    status: enumFilter(['live', 'retired', 'all']),
  },
});

export type ComponentTableState = ReturnType<typeof componentTableParams.parse>;
