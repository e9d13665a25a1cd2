// /rollouts: every staged-rollout ticket, filterable by status, stack, manager, team and overdue; the
// view is the URL.
import type { Metadata } from 'next';
import Link from 'next/link';
import { rolloutFilters } from '@/components/rollout/rollout-filters';
import { RolloutsTable } from '@/components/rollout/rollouts-table';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { getRolloutFilterOptions } from '@/lib/rollout/list-filter-options';
import { ROLLOUT_SORTS, rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { rolloutTableRow } from '@/lib/rollout/serialize';

export const metadata: Metadata = { title: 'Staged rollouts' };

export default async function RolloutsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/rollouts');
  const state = rolloutTableParams.parse(await searchParams);
  const [page, options] = await Promise.all([listRollouts(state, user), getRolloutFilterOptions()]);
  return (
    <div>
      <PageHeader
        title="Staged rollouts"
        description="One ticket per Product-Platform-Architecture that passed verification: assigned to a manager, tested by Early Adopter teams, resolved ACCEPT or REJECT."
        actions={
          user.teams.length > 0 ? (
            <Link href="/rollouts/invitations" className={buttonClass('secondary')}>
              My team’s invitations
            </Link>
          ) : undefined
        }
      />
      <RolloutsTable
        data={page.rows.map(rolloutTableRow)}
        total={page.total}
        state={{ ...state, page: page.page }}
        defaults={rolloutTableParams.defaults}
        perPageOptions={rolloutTableParams.perPageOptions}
        sortable={ROLLOUT_SORTS}
        filters={rolloutFilters(options)}
      />
    </div>
  );
}
