// /releases: the `sw-rel` parent tickets, newest first; filters (stack, PPA state, type, search),
// sort and page are in the URL.
import type { Metadata } from 'next';
import Link from 'next/link';
import { releaseFilters } from '@/components/releases/release-filters';
import { ReleasesTable } from '@/components/releases/releases-table';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { canAtAll } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { listReleases, listStacksForFilter } from '@/lib/releases/queries';
import { RELEASE_SORTS, releaseTableParams } from '@/lib/releases/table-params';

export const metadata: Metadata = { title: 'Releases' };

export default async function ReleasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/releases');
  const state = releaseTableParams.parse(await searchParams);
  const [list, stacks] = await Promise.all([listReleases(state, user), listStacksForFilter()]);
  return (
    <div>
      <PageHeader
        title="Releases"
        description="Technology Provider releases (the sw-rel queue): each product-platform-architecture goes through verification and staged rollout to production."
        actions={
          canAtAll(user, 'release.submit') ? (
            <Link href="/releases/new" className={buttonClass('primary')}>
              Submit a release
            </Link>
          ) : undefined
        }
      />
      <ReleasesTable
        data={list.rows}
        total={list.total}
        state={{ ...state, page: list.page }}
        defaults={releaseTableParams.defaults}
        perPageOptions={releaseTableParams.perPageOptions}
        sortable={RELEASE_SORTS}
        filters={releaseFilters(stacks)}
      />
    </div>
  );
}
