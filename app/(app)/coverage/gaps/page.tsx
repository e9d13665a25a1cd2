// /coverage/gaps: the coordinator's gap list, components below the redundancy target, most urgent
// first, with the teams that could be asked. Every signed-in user (managers chase their stacks too).
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CoverageSkeleton } from '@/components/coverage/coverage-skeleton';
import { CoverageTabs } from '@/components/coverage/coverage-tabs';
import { GapListView } from '@/components/coverage/gap-list-view';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { GAP_CARDS_PER_PAGE, getCoverageGaps } from '@/lib/coverage/get-coverage-gaps';
import { getCoverageFilterOptions } from '@/lib/coverage/get-coverage-matrix';
import { type CoverageQuery, coverageQueryString, parseCoverageQuery } from '@/lib/coverage/schemas';

export const metadata: Metadata = { title: 'Coverage gaps' };

async function Gaps({ query }: { query: CoverageQuery }) {
  const [data, options] = await Promise.all([getCoverageGaps(query.filter, query.page, GAP_CARDS_PER_PAGE), getCoverageFilterOptions()]);
  return <GapListView data={data} query={query} options={options} />;
}

export default async function CoverageGapsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseCoverageQuery(await searchParams);
  await requirePageUser(`/coverage/gaps${coverageQueryString(query)}`);
  return (
    <div>
      <PageHeader
        title="Coverage gaps"
        description="Components below the redundancy target, most urgent first: a staged rollout in progress or a release on its way, then no team at all, then too few. For each, the teams already testing the same stack on that platform."
      />
      <CoverageTabs current="gaps" query={coverageQueryString({ filter: query.filter })} />
      <Suspense key={coverageQueryString(query)} fallback={<CoverageSkeleton rows={5} />}>
        <Gaps query={query} />
      </Suspense>
    </div>
  );
}
