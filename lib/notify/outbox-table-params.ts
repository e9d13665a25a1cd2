// The URL parameters of /outbox (Messages): status, kind, free text and rollout number, plus paging and
// sorting. The filter names are those of the page's earlier form, so bookmarked and mailed links keep working.
import { enumFilter, numberFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';

export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type OutboxStatusName = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_SORTS = ['created', 'status', 'kind', 'subject'] as const;
export type OutboxSort = (typeof OUTBOX_SORTS)[number];

export const outboxTableParams = tableParamsSchema({
  sortable: OUTBOX_SORTS,
  defaultSort: { id: 'created', dir: 'desc' },
  perPageOptions: [10, 25, 50, 100],
  defaultPerPage: 25,
  filters: {
    status: enumFilter(OUTBOX_STATUSES),
    kind: textFilter(80),
    q: textFilter(200),
    rollout: numberFilter(),
  },
});

export type OutboxTableState = ReturnType<typeof outboxTableParams.parse>;
