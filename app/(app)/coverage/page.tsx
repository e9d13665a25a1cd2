// /coverage: the component x platform matrix of committed Early Adopter teams (the document's
// Figure 4) with the per-stack coverage metric. Every signed-in user; filters live in the URL.
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CoverageMatrixView } from '@/components/coverage/coverage-matrix-view';
import { CoverageSkeleton } from '@/components/coverage/coverage-skeleton';
import { CoverageTabs } from '@/components/coverage/coverage-tabs';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getCoverageMatrixPage } from '@/lib/coverage/get-coverage-matrix';
import { type CoverageQuery, coverageQueryString, parseCoverageQuery } from '@/lib/coverage/schemas';

export const metadata: Metadata = { title: 'Coverage' };

async function Matrix({ query, canEditTarget }: { query: CoverageQuery; canEditTarget: boolean }) {
  const data = await getCoverageMatrixPage(query.filter, query.page, query.showRetired);
  return <CoverageMatrixView data={data} query={query} canEditTarget={canEditTarget} />;
}

export default async function CoveragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseCoverageQuery(await searchParams);
  const filterQuery = coverageQueryString({ filter: query.filter });
  const user = await requirePageUser(`/coverage${coverageQueryString(query)}`);
  return (
    <div>
      <PageHeader
        title="Coverage"
        description="How many Early Adopter teams have committed to test each component on each platform. Every component should be covered, with redundancy."
      />
      <CoverageTabs current="matrix" query={filterQuery} />
      <Suspense key={coverageQueryString(query)} fallback={<CoverageSkeleton />}>
        <Matrix query={query} canEditTarget={can(user, 'settings.edit')} />
      </Suspense>
    </div>
  );
}
