// /teams/<name>/edit: an admin changes a team's NGI, site (which renames it), time zone or description.
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { TeamForm } from '@/components/teams/team-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { readGocdbConfig } from '@/lib/gocdb/config';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { getTeamByName, listNgisWithSites } from '@/lib/teams/get-team';
import { updateTeamAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit team' };

export default async function EditTeamPage({ params }: { params: Promise<{ name: string }> }) {
  const name = safeDecodeURIComponent((await params).name);
  const user = await requirePageUser(`/teams/${encodeURIComponent(name)}/edit`);
  const team = await getTeamByName(name, user);
  if (!team) notFound();
  if (!can(user, 'team.edit', { teamId: team.id })) forbidden();
  const ngis = await listNgisWithSites(team.site.ngiId);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/teams/${encodeURIComponent(team.name)}`} className="text-brand-700 hover:underline">
          {team.name}
        </Link>{' '}
        / edit
      </nav>
      <PageHeader title={`Edit ${team.name}`} description="Changing the NGI or the site renames the team and its group." />
      <TeamForm
        action={updateTeamAction}
        ngis={ngis}
        timeZones={Intl.supportedValuesOf('timeZone')}
        fromGocdb={readGocdbConfig().configured}
        team={{ id: team.id, name: team.name, version: team.version, ngiCode: team.site.ngi.code, siteName: team.site.name, timeZone: team.site.timeZone, description: team.description }}
      />
    </div>
  );
}
