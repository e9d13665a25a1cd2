// /metrics: the document's quarterly measures for a project year (?year=2010) or any date range
// (?from=2010-05-01&to=2011-04-30), as tables, charts and CSV downloads. Every signed-in user.
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { Suspense } from 'react';
import { MetricsReportView } from '@/components/metrics/metrics-report-view';
import { MetricsSkeleton } from '@/components/metrics/metrics-skeleton';
import { PeriodForm } from '@/components/metrics/period-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { ValidationError } from '@/lib/errors';
import { periodLabel } from '@/lib/metrics/build-metrics-report';
import { getMetrics } from '@/lib/metrics/get-metrics';
import { getYearOptions } from '@/lib/metrics/get-year-options';
import { parsePeriod, type PeriodParams, readPeriodParams } from '@/lib/metrics/period-params';
import type { Period } from '@/lib/metrics/project-quarters';

export const metadata: Metadata = { title: 'Metrics' };

type SearchParams = Record<string, string | string[] | undefined>;

async function Report({ period, query }: { period: Period; query: string }) {
  const report = await getMetrics(period);
  return <MetricsReportView report={report} query={query} />;
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser('/metrics');
  if (!can(user, 'metrics.view')) forbidden();
  const raw = await searchParams;
  const params: PeriodParams = readPeriodParams((name) => {
    const value = raw[name];
    return Array.isArray(value) ? value[0] : value;
  });
  let period: Period | null = null;
  let error: ValidationError | null = null;
  try {
    period = parsePeriod(params);
  } catch (caught) {
    if (!(caught instanceof ValidationError)) throw caught;
    error = caught;
  }
  const years = await getYearOptions();
  const query = period
    ? new URLSearchParams(period.year !== null && !params.from ? { year: String(period.year) } : { from: params.from!, to: params.to! }).toString()
    : '';
  return (
    <div>
      <PageHeader
        title="Metrics"
        description="The staged rollout measures of the SA1 quarterly reports, computed from the recorded releases, rollouts and teams. Project years run from 1 May to 30 April; Q1 is May to July (UTC)."
      />
      <PeriodForm years={years} year={period?.year ?? null} from={params.from} to={params.to} errors={error?.fieldErrors} />
      {error || !period ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error?.message ?? 'Choose a period.'}
        </p>
      ) : (
        <>
          <h2 className="mb-4 text-lg font-semibold text-brand-900" aria-live="polite">
            {periodLabel(period)}
          </h2>
          <Suspense key={query} fallback={<MetricsSkeleton />}>
            <Report period={period} query={query} />
          </Suspense>
        </>
      )}
    </div>
  );
}
