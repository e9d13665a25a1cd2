// The Messages table's toolbar (a plain module, so the server page can call it): status, kind, rollout
// number and free text, under the URL names of the page's earlier form.
import type { FilterDef } from '@/components/data-table/types';
import { OUTBOX_STATUSES } from '@/lib/notify/outbox-table-params';
import { OUTBOX_STATUS_LABELS } from './outbox-status-badge';

/** The toolbar: the filters of the page's earlier form, under the same URL names. */
export function outboxFilters(kinds: string[]): FilterDef[] {
  return [
    { id: 'status', label: 'Status', type: 'select', allLabel: 'Any', options: OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] ?? status })) },
    { id: 'kind', label: 'Kind', type: 'select', allLabel: 'Any', options: kinds.map((kind) => ({ value: kind, label: kind })) },
    { id: 'rollout', label: 'Rollout #', type: 'text', inputMode: 'numeric' },
    { id: 'q', label: 'Search', type: 'search', placeholder: 'subject, text or address' },
  ];
}
