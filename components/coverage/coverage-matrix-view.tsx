// The body of /coverage: target, filters, summary with chart, legend, the matrix (one page of rows),
// retired components apart, and the CSV download of what is shown.
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button-class';
import { coverageQueryString, type CoverageQuery } from '@/lib/coverage/schemas';
import type { CoverageMatrixPageData } from '@/lib/coverage/get-coverage-matrix';
import { CoverageFilters } from './coverage-filters';
import { CoverageLegend } from './coverage-legend';
import { CoverageMatrix } from './coverage-matrix';
import { CoverageSummary } from './coverage-summary';
import { CoverageTargetForm } from './coverage-target-form';
import { matrixRow } from '@/lib/coverage/matrix-data';
import { Pager } from '@/components/data-table/pager';
import { MATRIX_PAGE_SIZE } from '@/lib/coverage/matrix-page';

interface Props {
  data: CoverageMatrixPageData;
  query: CoverageQuery;
  canEditTarget: boolean;
}

export function CoverageMatrixView({ data, query, canEditTarget }: Props) {
  const { coverage, setting, options, page, retiredCount } = data;
  const filtered = Boolean(query.filter.stack || query.filter.capability || query.filter.os || query.filter.arch);
  const csvHref = `/api/v1/coverage${coverageQueryString({ ...query, page: 1 }, { format: 'csv' })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-700" data-testid="coverage-target">
          Redundancy target: <strong>{setting.target}</strong> Early Adopter {setting.target === 1 ? 'team' : 'teams'} per component
          <span className="block text-xs text-slate-500">The document asks for &ldquo;a minimum of two Early Adopter teams per component&rdquo;.</span>
        </p>
        {canEditTarget && <CoverageTargetForm target={setting.target} version={setting.version} />}
      </div>
      <CoverageFilters action="/coverage" filter={query.filter} options={options} showRetired={query.showRetired} />
      <CoverageSummary coverage={coverage} filtered={filtered} />
      {page.rowCount === 0 ? (
        <EmptyState title="No component matches these filters">
          <Link href="/coverage" className="text-brand-700 underline">
            Clear the filters
          </Link>
        </EmptyState>
      ) : (
        <section aria-labelledby="matrix-title" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="matrix-title" className="text-lg font-semibold text-slate-900">
              Teams committed per component and platform
            </h2>
            <a href={csvHref} className={buttonClass('secondary')} download>
              Download CSV
            </a>
          </div>
          <CoverageLegend target={coverage.target} />
          <CoverageMatrix
            platforms={coverage.platforms}
            groups={page.groups}
            target={coverage.target}
            caption={`Early Adopter teams committed per component and platform; target ${coverage.target}. Select a number to see the teams.`}
          />
          <Pager
            label="Matrix pages"
            page={page.page}
            total={page.rowCount}
            perPage={MATRIX_PAGE_SIZE}
            itemLabel="components"
            hrefFor={(n) => `/coverage${coverageQueryString({ ...query, page: n })}`}
          />
        </section>
      )}
      {query.showRetired && retiredCount > 0 && (
        <section aria-labelledby="retired-title" className="space-y-3">
          <h2 id="retired-title" className="text-lg font-semibold text-slate-900">
            Retired components <span className="text-sm font-normal text-slate-600">(not counted in any summary)</span>
          </h2>
          <CoverageMatrix
            platforms={coverage.platforms}
            groups={[{ key: 'retired', title: 'Retired', rows: coverage.retired.map(matrixRow) }]}
            target={coverage.target}
            caption="Retired components and the teams still committed to them."
          />
        </section>
      )}
      {!query.showRetired && retiredCount > 0 && (
        <p className="text-sm text-slate-600">
          {retiredCount} retired {retiredCount === 1 ? 'component is' : 'components are'} not shown.{' '}
          <Link href={`/coverage${coverageQueryString({ ...query, page: 1, showRetired: true })}`} className="text-brand-700 underline">
            Show retired components
          </Link>
        </p>
      )}
    </div>
  );
}
