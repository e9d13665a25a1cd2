// /teams/<ea-NGI-Site>: one team — details, members, contacts, commitments, rollouts and history.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { EntityHistory } from '@/components/audit/entity-history';
import { FeedLinks } from '@/components/notify/feed-links';
import { FollowButton } from '@/components/notify/follow-button';
import { OverdueList } from '@/components/notify/overdue-list';
import { CommitmentsCard } from '@/components/teams/commitments-card';
import { SiteRegistryCard } from '@/components/gocdb/site-registry-card';
import { ContactsCard } from '@/components/teams/contacts-card';
import { MembersCard } from '@/components/teams/members-card';
import { TeamDetails } from '@/components/teams/team-details';
import { TeamRollouts } from '@/components/teams/team-rollouts';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { getTeamByName, listCommitmentChoices } from '@/lib/teams/get-team';
import { listIdpUsersOutsideTeam } from '@/lib/teams/manage-team-members';


type Props = { params: Promise<{ name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: safeDecodeURIComponent((await params).name) };
}

export default async function TeamPage({ params, searchParams }: Props) {
  const name = safeDecodeURIComponent((await params).name);
  const user = await requirePageUser(`/teams/${encodeURIComponent(name)}`);
  const team = await getTeamByName(name, user);
  if (!team) notFound();
  const target = { teamId: team.id };
  const canMembers = can(user, 'team.members', target);
  const canCommit = can(user, 'team.commit', target);
  const [choices, idpUsers] = await Promise.all([canCommit ? listCommitmentChoices() : [], canMembers ? listIdpUsersOutsideTeam(team.id) : []]);
  const created = (await searchParams).created === '1';
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teams" className="text-brand-700 hover:underline">
          Teams
        </Link>{' '}
        / {team.name}
      </nav>
      <PageHeader
        title={team.name}
        description={`Early Adopter team of ${team.site.name} (${team.site.ngi.name}).`}
        actions={<FollowButton targetType="TEAM" targetId={team.id} label={team.name} />}
      />
      {created && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          Team {team.name} created with its group. Add its members, contacts and commitments below.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <TeamDetails team={team} canEdit={can(user, 'team.edit', target)} />
        <ContactsCard team={team} canEdit={can(user, 'team.contacts', target)} />
      </div>
      <MembersCard team={team} canManage={canMembers} idpUsers={idpUsers} />
      <CommitmentsCard team={team} canEdit={canCommit} choices={choices} />
      <Suspense fallback={null}>
        <SiteRegistryCard teamId={team.id} timeZone={user.timeZone} />
      </Suspense>
      <TeamRollouts participations={team.participations} />
      <Card title="Overdue" id="team-overdue">
        <OverdueList teamId={team.id} hide="team" emptyText="Nothing overdue: every invitation answered and every report sent in time." />
        <div className="mt-3 border-t border-slate-100 pt-3">
          <FeedLinks team={team.name} only="team" />
        </div>
      </Card>
      <Suspense fallback={<div className="h-32 animate-pulse rounded-lg bg-slate-200" aria-label="Loading the history" />}>
        <EntityHistory entityType="Team" entityId={team.id} />
      </Suspense>
    </div>
  );
}
