import type { Metadata } from 'next';
import { FeedLinks } from '@/components/notify/feed-links';
import { FollowForm } from '@/components/notify/follow-form';
import { SubscriptionRow } from '@/components/notify/subscription-row';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { followOptions, listSubscriptions } from '@/lib/notify/subscription-queries';

export const metadata: Metadata = { title: 'Subscriptions' };

export default async function SubscriptionsPage() {
  const user = await requirePageUser('/subscriptions');
  const [subscriptions, options] = await Promise.all([listSubscriptions(user.id), followOptions(user)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Subscriptions"
        description={`Follow a stack, a component, a team or a rollout: its changes are mailed to ${user.email} at once or in one daily digest (07:00, ${user.timeZone}). Every message has a one-click unsubscribe link.`}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="What you follow" id="following">
          {subscriptions.length === 0 ? (
            <EmptyState title="You follow nothing yet">Use the form, or the Follow button on a team, rollout or release page.</EmptyState>
          ) : (
            <ul aria-label="Your subscriptions">
              {subscriptions.map((subscription) => (
                <SubscriptionRow key={subscription.id} subscription={subscription} />
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <Card title="Follow something" id="follow">
            <FollowForm options={options} />
          </Card>
          <Card title="Feeds" id="feeds">
            <p className="mb-2 text-sm text-slate-600">No account needed: subscribe from a feed reader.</p>
            <FeedLinks />
          </Card>
        </div>
      </div>
    </div>
  );
}
