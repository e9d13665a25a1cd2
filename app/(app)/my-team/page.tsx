// /my-team: what an EA member's team(s) must do now — replies, tests in progress, reports — and what
// they committed to.
import type { Metadata } from 'next';
import Link from 'next/link';
import { MyTeamPanel } from '@/components/teams/my-team-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { getMyTeams } from '@/lib/teams/get-my-team';

export const metadata: Metadata = { title: 'My team' };

export default async function MyTeamPage() {
  const user = await requirePageUser('/my-team');
  const teams = await getMyTeams(user.teamIds);
  return (
    <div className="space-y-8">
      <PageHeader title={teams.length > 1 ? 'My teams' : 'My team'} description="Invitations to answer, rollouts in progress, reports to send and your commitments." />
      {teams.length === 0 ? (
        <EmptyState title="You are not in an Early Adopter team">
          Team membership comes from your identity provider&apos;s ea-&lt;NGI&gt;-&lt;Site&gt; group or is added by an Early Adopters admin.{' '}
          <Link href="/teams" className="text-brand-700 underline">
            Browse the teams
          </Link>
          .
        </EmptyState>
      ) : (
        teams.map((team) => <MyTeamPanel key={team.id} team={team} now={new Date()} timeZone={user.timeZone} />)
      )}
    </div>
  );
}
