// The URL parameters of the audit trail (/admin/audit): what was done (action prefix), to what (entity type
// and id), by whom (actor), between which days, plus paging and sorting. The names are those of the page's
// earlier filter form, so bookmarked audit links keep their meaning.
import { dateFilter, tableParamsSchema, textFilter } from '@/lib/lists/search-params';

export const AUDIT_SORTS = ['at', 'actor', 'action', 'entity'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

export const auditTableParams = tableParamsSchema({
  sortable: AUDIT_SORTS,
  defaultSort: { id: 'at', dir: 'desc' },
  perPageOptions: [25, 50, 100, 200],
  defaultPerPage: 50,
  filters: {
    action: textFilter(100),
    entityType: textFilter(50),
    entityId: textFilter(100),
    actor: textFilter(200),
    from: dateFilter(),
    to: dateFilter(),
  },
});

export type AuditTableState = ReturnType<typeof auditTableParams.parse>;
