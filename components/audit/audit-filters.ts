// The audit table's toolbar (a plain module, so the server page can call it): the filters of the page's
// earlier form, with the same labels and URL names; the entity types come from the recorded events.
import type { FilterDef } from '@/components/data-table/types';

/** The toolbar: the same filters, with the same labels, as the page's earlier form. */
export function auditFilters(entityTypes: string[]): FilterDef[] {
  return [
    { id: 'action', label: 'Action starts with', type: 'text', placeholder: 'rollout.' },
    { id: 'entityType', label: 'Entity type', type: 'select', allLabel: 'Any', options: entityTypes.map((type) => ({ value: type, label: type })) },
    { id: 'entityId', label: 'Entity id', type: 'text' },
    { id: 'actor', label: 'Actor', type: 'text', placeholder: 'e-mail' },
    { id: 'from', label: 'From', type: 'date' },
    { id: 'to', label: 'To', type: 'date' },
  ];
}
