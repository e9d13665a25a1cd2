// The releases list filters: a plain GET form, so the view lives in the URL (shareable, back button).
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { RELEASE_TYPE_LABELS, RELEASE_TYPES } from '@/lib/releases/release-format';
import { RELEASE_ITEM_STATE_LABELS, RELEASE_ITEM_STATES } from '@/lib/releases/release-item-machine';

interface Props {
  stacks: { slug: string; name: string }[];
  current: { stack?: string; state?: string; type?: string };
}

export function ReleaseFilters({ stacks, current }: Props) {
  return (
    <form method="get" action="/releases" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter releases">
      <label className="text-sm font-medium text-slate-800">
        Stack
        <select name="stack" defaultValue={current.stack ?? ''} className={`${inputClass} min-w-36`}>
          <option value="">All stacks</option>
          {stacks.map((stack) => (
            <option key={stack.slug} value={stack.slug}>
              {stack.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        A platform in state
        <select name="state" defaultValue={current.state ?? ''} className={`${inputClass} min-w-44`}>
          <option value="">Any state</option>
          {RELEASE_ITEM_STATES.map((state) => (
            <option key={state} value={state}>
              {RELEASE_ITEM_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Type
        <select name="type" defaultValue={current.type ?? ''} className={`${inputClass} min-w-32`}>
          <option value="">Any type</option>
          {RELEASE_TYPES.map((type) => (
            <option key={type} value={type}>
              {RELEASE_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass('secondary', 'h-9')}>
        Apply filters
      </button>
      {(current.stack || current.state || current.type) && (
        <Link href="/releases" className="text-sm text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
