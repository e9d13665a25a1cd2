// The rollouts list's toolbar filters and their choices.
import type { FilterDef } from '@/components/data-table/types';
import type { RolloutFilterOptions } from '@/lib/rollout/list-filter-options';

export function rolloutFilters(options: RolloutFilterOptions): FilterDef[] {
  return [
    { id: 'q', label: 'Search', type: 'search', placeholder: 'Title or #number' },
    {
      id: 'status',
      label: 'Status',
      type: 'select',
      options: [
        { value: 'NEW', label: 'New' },
        { value: 'OPEN', label: 'Open' },
        { value: 'RESOLVED', label: 'Resolved' },
      ],
    },
    { id: 'stack', label: 'Stack', type: 'select', options: options.stacks.map((stack) => ({ value: stack.slug, label: stack.name })) },
    {
      id: 'manager',
      label: 'Manager',
      type: 'select',
      options: [{ value: 'none', label: 'Nobody' }, ...options.managers.map((manager) => ({ value: manager.email, label: manager.name }))],
    },
    { id: 'team', label: 'Team', type: 'suggest', source: 'teams', placeholder: 'Any team' },
    { id: 'overdue', label: 'Overdue', type: 'select', allLabel: 'Any', options: [{ value: 'yes', label: 'Overdue replies or reports' }] },
    {
      id: 'readiness',
      label: 'Readiness',
      type: 'select',
      allLabel: 'Any',
      options: [
        { value: 'READY', label: 'Ready' },
        { value: 'WAITING', label: 'Waiting' },
        { value: 'HELD', label: 'Held' },
        { value: 'STALLED', label: 'Stalled' },
      ],
    },
  ];
}
