// /teams: the Early Adopter teams table. The view (filters, sort, page, hidden columns) is the URL.
import type { Metadata } from 'next';
import Link from 'next/link';
import { TeamsTable } from '@/components/teams/teams-table';
import { teamFilters } from '@/components/teams/team-filters';
import { toTeamTableRow } from '@/components/teams/team-table-row';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getTeamFilterOptions } from '@/lib/teams/get-filter-options';
import { listTeams } from '@/lib/teams/list-teams';
import { TEAM_SORTS, teamTableParams } from '@/lib/teams/table-params';

export const metadata: Metadata = { title: 'Early Adopter teams' };

export default async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/teams');
  const state = teamTableParams.parse(await searchParams);
  const [page, options] = await Promise.all([listTeams(state), getTeamFilterOptions()]);
  return (
    <div>
      <PageHeader
        title="Early Adopter teams"
        description="Each EA team is one site's team, named ea-<NGI>-<Site>, committed to test components of the catalogue on an OS and architecture."
        actions={
          can(user, 'team.create') ? (
            <Link href="/teams/new" className={buttonClass('primary')}>
              New team
            </Link>
          ) : undefined
        }
      />
      <TeamsTable
        data={page.rows.map(toTeamTableRow)}
        total={page.total}
        state={{ ...state, page: page.page }}
        defaults={teamTableParams.defaults}
        perPageOptions={teamTableParams.perPageOptions}
        sortable={TEAM_SORTS}
        filters={teamFilters(options)}
      />
    </div>
  );
}
