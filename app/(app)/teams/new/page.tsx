// /teams/new: an admin creates an EA team (NGI, site, derived name, its group).
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { TeamForm } from '@/components/teams/team-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { readGocdbConfig } from '@/lib/gocdb/config';
import { listNgisWithSites } from '@/lib/teams/get-team';
import { createTeamAction } from '../actions';

export const metadata: Metadata = { title: 'New team' };

// fromGocdb: an NGI read from GOCDB offers its synced sites (lib/gocdb/synced-site-rule.ts holds the server's rule).
export default async function NewTeamPage() {
  const user = await requirePageUser('/teams/new');
  if (!can(user, 'team.create')) forbidden();
  const ngis = await listNgisWithSites();
  return (
    <div>
      <PageHeader title="New Early Adopter team" description="One team per site, named ea-<NGI>-<Site>. Its group is created with it; add members on the team's page." />
      <TeamForm action={createTeamAction} ngis={ngis} timeZones={Intl.supportedValuesOf('timeZone')} fromGocdb={readGocdbConfig().configured} />
    </div>
  );
}
