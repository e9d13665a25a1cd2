// The body of /coverage/gaps: filters, how many gaps of each urgency, the ranked list (one page at a
// time) and the CSV download of every gap.
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';
import { EmptyState } from '@/components/ui/empty-state';
import type { CoverageGapsData } from '@/lib/coverage/get-coverage-gaps';
import type { CoverageFilterOptions } from '@/lib/coverage/get-coverage-matrix';
import { GAP_TIER_LABELS, type GapTier } from '@/lib/coverage/rank-gaps';
import { coverageQueryString, type CoverageQuery } from '@/lib/coverage/schemas';
import { CoverageFilters } from './coverage-filters';
import { GapCard } from './gap-card';
import { Pager } from '@/components/data-table/pager';
import { GAP_CARDS_PER_PAGE } from '@/lib/coverage/get-coverage-gaps';

export function GapListView({ data, query, options }: { data: CoverageGapsData; query: CoverageQuery; options: CoverageFilterOptions }) {
  const csvHref = `/api/v1/coverage/gaps${coverageQueryString({ filter: query.filter }, { format: 'csv' })}`;
  const first = (data.page - 1) * GAP_CARDS_PER_PAGE;
  return (
    <div className="space-y-6">
      <CoverageFilters action="/coverage/gaps" filter={query.filter} options={options} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Gaps by urgency">
          {(Object.keys(GAP_TIER_LABELS) as GapTier[]).map((tier) => (
            <div key={tier} className="flex gap-1.5">
              <dt className="text-slate-600">{GAP_TIER_LABELS[tier]}:</dt>
              <dd className="font-semibold">{data.tierCounts[tier]}</dd>
            </div>
          ))}
        </dl>
        {data.total > 0 && (
          <a href={csvHref} className={buttonClass('secondary')} download>
            Download CSV
          </a>
        )}
      </div>
      {data.total === 0 ? (
        <EmptyState title={`Every component here has at least ${data.target} teams`}>
          Nothing to chase. <Link href="/coverage" className="text-brand-700 underline">Back to the matrix</Link>
        </EmptyState>
      ) : (
        <>
          <ol className="space-y-3" aria-label="Components below the redundancy target, most urgent first">
            {data.gaps.map((gap, i) => (
              <GapCard key={gap.componentId} gap={gap} rank={first + i + 1} target={data.target} />
            ))}
          </ol>
          <p className="text-sm text-slate-600">{`${data.total} ${data.total === 1 ? 'component' : 'components'} below the target of ${data.target}.`}</p>
          <Pager
            label="Gap list pages"
            page={data.page}
            total={data.total}
            perPage={GAP_CARDS_PER_PAGE}
            itemLabel="components"
            hrefFor={(n) => `/coverage/gaps${coverageQueryString({ filter: query.filter, page: n })}`}
          />
        </>
      )}
    </div>
  );
}
