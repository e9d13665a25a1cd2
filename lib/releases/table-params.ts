// The URL parameters of the releases table, shared by /releases and GET /api/v1/releases: stack,
// state of a PPA, release type and free text (product or version), plus paging and sorting.
import { enumFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';
import { RELEASE_TYPES } from './release-format';
import { RELEASE_ITEM_STATES } from './release-item-machine';

export const RELEASE_SORTS = ['submittedAt', 'number', 'stack', 'product', 'umdMajor', 'type', 'productionAt'] as const;
export type ReleaseSort = (typeof RELEASE_SORTS)[number];

export const releaseTableParams = tableParamsSchema({
  sortable: RELEASE_SORTS,
  defaultSort: { id: 'submittedAt', dir: 'desc' },
  perPageOptions: [10, 25, 50, 100],
  defaultPerPage: 25,
  maxPerPage: 100,
  filters: {
    q: textFilter(100),
    stack: textFilter(64),
    state: enumFilter(RELEASE_ITEM_STATES),
    type: enumFilter(RELEASE_TYPES),
  },
});

export type ReleaseTableState = ReturnType<typeof releaseTableParams.parse>;
