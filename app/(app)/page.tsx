import Link from 'next/link';
import { FeedLinks } from '@/components/notify/feed-links';
import { OverdueCard } from '@/components/notify/overdue-card';
import { StaleBetaCard } from '@/components/gocdb/stale-beta-card';
import { StatCard } from '@/components/overview/stat-card';
import { canAtAll } from '@/lib/auth/authorize';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readinessCounts } from '@/lib/readiness/open-readiness';
import { getOverview } from '@/lib/overview/get-overview';


export default async function HomePage() {
  const user = await getCurrentUser();
  const overview = await getOverview(user);
  // Managers and the coordinator decide outcomes: they see which open rollouts can be accepted.
  const readiness = canAtAll(user, 'rollout.resolve') ? await readinessCounts() : null;
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold text-brand-900">Staged rollout of grid middleware</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          Certified and verified updates are first deployed by Early Adopter sites in production, who report back before the
          release reaches every site. {user ? `Signed in as ${user.name}.` : ''}
        </p>
        {!user && (
          <Link href="/signin" className="mt-3 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Sign in to take part
          </Link>
        )}
      </section>
      <section aria-label="Overview" className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-6">
        <StatCard label="Early Adopter teams" value={overview.teams} href={user ? '/teams' : undefined} hint={`in ${overview.ngis} NGIs`} />
        <StatCard label="Components" value={overview.components} href={user ? '/coverage' : undefined} />
        <StatCard label="Components without a team" value={overview.componentsWithoutTeam} href={user ? '/coverage/gaps' : undefined} />
        <StatCard label="Rollouts in progress" value={overview.rolloutsInProgress} href={user ? '/rollouts?status=OPEN' : undefined} />
        <StatCard label="Awaiting a manager" value={overview.rolloutsNew} href={user ? '/rollouts?status=NEW' : undefined} />
        <StatCard label="Releases in production" value={overview.releasesInProduction} href={user ? '/releases' : undefined} />
      </section>
      {readiness && (
        <section aria-label="Ready to accept?" className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label="Ready to accept" value={readiness.READY} href="/rollouts?readiness=READY" />
          <StatCard label="Waiting for evidence" value={readiness.WAITING} href="/rollouts?readiness=WAITING" />
          <StatCard label="Held (blocker or REJECT report)" value={readiness.HELD} href="/rollouts?readiness=HELD" />
          <StatCard label="Stalled (the manager must act)" value={readiness.STALLED} href="/rollouts?readiness=STALLED" />
        </section>
      )}
      <OverdueCard user={user} />
      <StaleBetaCard user={user} />
      <section aria-labelledby="feeds-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="feeds-heading" className="font-semibold text-slate-900">
          Follow new releases without an account
        </h2>
        <div className="mt-2">
          <FeedLinks />
        </div>
      </section>
    </div>
  );
}
