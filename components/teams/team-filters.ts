// The teams table's toolbar: the filters and their choices, from the catalogue as it is now.
import type { FilterDef } from '@/components/data-table/types';
import type { TeamFilterOptions } from '@/lib/teams/get-filter-options';

export function teamFilters(options: TeamFilterOptions): FilterDef[] {
  return [
    { id: 'q', label: 'Search', type: 'search', placeholder: 'Team, site, NGI, member or contact' },
    { id: 'ngi', label: 'NGI', type: 'select', options: options.ngis.map((ngi) => ({ value: ngi.code, label: `${ngi.code} — ${ngi.name}` })) },
    { id: 'stack', label: 'Stack', type: 'select', options: options.stacks.map((stack) => ({ value: stack.slug, label: stack.name })) },
    { id: 'component', label: 'Component', type: 'suggest', source: 'components', placeholder: 'Any component' },
    { id: 'os', label: 'OS', type: 'select', options: options.oses.map((os) => ({ value: os, label: os })) },
    { id: 'arch', label: 'Arch', type: 'select', options: options.arches.map((arch) => ({ value: arch, label: arch })) },
    {
      id: 'status',
      label: 'Status',
      type: 'select',
      allLabel: 'Active',
      options: [
        { value: 'retired', label: 'Retired' },
        { value: 'all', label: 'Active and retired' },
      ],
    },
  ];
}
