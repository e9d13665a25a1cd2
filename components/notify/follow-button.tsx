// A "Follow" button for any page (server component): <FollowButton targetType="TEAM" targetId={team.id} label={team.name} />.
// It loads the signed-in user's subscription itself; signed out, it renders nothing.
import { getCurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/client';
import { FollowToggle } from './follow-toggle';

interface Props {
  targetType: 'STACK' | 'COMPONENT' | 'TEAM' | 'ROLLOUT';
  targetId: string;
  /** What is followed, for screen readers: "ea-IT-INFN", "rollout #12". */
  label: string;
}

export async function FollowButton({ targetType, targetId, label }: Props) {
  const user = await getCurrentUser();
  if (!user) return null;
  const subscription = await db.subscription.findUnique({
    where: { userId_targetType_targetId: { userId: user.id, targetType, targetId } },
    select: { id: true, mode: true },
  });
  return <FollowToggle targetType={targetType} targetId={targetId} label={label} subscription={subscription} />;
}
