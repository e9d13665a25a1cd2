// The outbox filters: a plain GET form, so every view is a shareable URL.
import Link from 'next/link';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import type { OutboxFilter } from '@/lib/notify/outbox-queries';
import { OUTBOX_STATUSES } from '@/lib/notify/outbox-queries';

export function OutboxFilters({ filter, kinds }: { filter: OutboxFilter; kinds: string[] }) {
  return (
    <form method="get" className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Filter messages">
      <label className="text-sm font-medium text-slate-800">
        Status
        <select name="status" defaultValue={filter.status ?? ''} className={inputClass}>
          <option value="">Any</option>
          {OUTBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Kind
        <select name="kind" defaultValue={filter.kind ?? ''} className={inputClass}>
          <option value="">Any</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Rollout #
        <input name="rollout" inputMode="numeric" defaultValue={filter.rollout ?? ''} className={inputClass} />
      </label>
      <label className="text-sm font-medium text-slate-800">
        Search
        <input name="q" type="search" defaultValue={filter.q ?? ''} placeholder="subject, text or address" className={inputClass} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Filter
        </button>
        <Link href="/outbox" className={buttonClass('secondary')}>
          Reset
        </Link>
      </div>
    </form>
  );
}
