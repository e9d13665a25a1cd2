// /releases: the `sw-rel` parent tickets, newest first, filtered by stack, item state and type (in the URL).
import type { Metadata } from 'next';
import Link from 'next/link';
import { ReleaseFilters } from '@/components/releases/release-filters';
import { ReleasePagination } from '@/components/releases/release-pagination';
import { ReleaseTable } from '@/components/releases/release-table';
import { buttonClass } from '@/components/ui/button-class';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAtAll } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { cleanFilters, listReleases, listStacksForFilter } from '@/lib/releases/queries';
import { releaseListSchema } from '@/lib/releases/schemas';

export const metadata: Metadata = { title: 'Releases' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReleasesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser('/releases');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = releaseListSchema.parse({ ...raw, pageSize: 25 });
  const [list, stacks] = await Promise.all([listReleases(parsed), listStacksForFilter()]);
  const current = { ...cleanFilters(parsed), stack: parsed.stack || undefined };
  const filtered = Boolean(current.stack || current.state || current.type);
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
      <ReleaseFilters stacks={stacks} current={current} />
      {list.releases.length === 0 ? (
        <EmptyState title={filtered ? 'No release matches these filters.' : 'No release has been submitted yet.'}>
          {filtered ? (
            <Link href="/releases" className="text-brand-700 underline">
              Show all releases
            </Link>
          ) : (
            'Technology Providers submit releases; each becomes a sw-rel ticket here.'
          )}
        </EmptyState>
      ) : (
        <>
          <ReleaseTable releases={list.releases} />
          <ReleasePagination page={list.page} pageSize={list.pageSize} total={list.total} params={current} />
        </>
      )}
    </div>
  );
}
