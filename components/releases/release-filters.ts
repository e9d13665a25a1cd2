// The releases table's toolbar: product/version search, stack, the state of a PPA, release type.
import type { FilterDef } from '@/components/data-table/types';
import { RELEASE_TYPE_LABELS, RELEASE_TYPES } from '@/lib/releases/release-format';
import { RELEASE_ITEM_STATE_LABELS, RELEASE_ITEM_STATES } from '@/lib/releases/release-item-machine';

export function releaseFilters(stacks: { slug: string; name: string }[]): FilterDef[] {
  return [
    { id: 'q', label: 'Search', type: 'search', placeholder: 'Product, version, UMD major or number' },
    { id: 'stack', label: 'Stack', type: 'select', options: stacks.map((stack) => ({ value: stack.slug, label: stack.name })) },
    { id: 'state', label: 'A platform in state', type: 'select', options: RELEASE_ITEM_STATES.map((s) => ({ value: s, label: RELEASE_ITEM_STATE_LABELS[s] })) },
    { id: 'type', label: 'Type', type: 'select', options: RELEASE_TYPES.map((t) => ({ value: t, label: RELEASE_TYPE_LABELS[t] })) },
  ];
}
