// Every measure of one period, in the document's order: Tables 1-3, then coverage and time measures.
import type { MetricTable } from '@/lib/metrics/metrics-csv';
import type { MetricsReport } from '@/lib/metrics/types';
import { ComponentOutcomesSection } from './component-outcomes-section';
import { CoverageSection } from './coverage-section';
import { TeamCountsSection } from './team-counts-section';
import { TestsPerNgiSection } from './tests-per-ngi-section';
import { TimeMeasuresSection } from './time-measures-section';

export function MetricsReportView({ report, query }: { report: MetricsReport; query: string }) {
  const csv = (table: MetricTable) => `/api/v1/metrics/${table}.csv?${query}`;
  const label = report.period.label;
  return (
    <div className="space-y-6">
      <ComponentOutcomesSection table={report.componentOutcomes} csvHref={csv('component-outcomes')} periodLabel={label} />
      <TestsPerNgiSection table={report.testsPerNgi} csvHref={csv('tests-per-ngi')} periodLabel={label} />
      <TeamCountsSection table={report.teamCounts} csvHref={csv('team-counts')} periodLabel={label} />
      <CoverageSection table={report.coverage} csvHref={csv('coverage')} />
      <TimeMeasuresSection table={report.timeMeasures} csvHref={csv('time-measures')} />
      <p className="text-sm text-slate-600">
        The same tables as JSON: <a className="text-brand-700 underline" href={`/api/v1/metrics?${query}`}>/api/v1/metrics?{query}</a>
      </p>
    </div>
  );
}
