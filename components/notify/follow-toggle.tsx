'use client';

// The Follow / Following control: follow with immediate mail or a daily digest, or stop following.
import { followAction, unfollowAction } from '@/app/(app)/subscriptions/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';

interface Props {
  targetType: 'STACK' | 'COMPONENT' | 'TEAM' | 'ROLLOUT';
  targetId: string;
  label: string;
  subscription: { id: string; mode: 'IMMEDIATE' | 'DIGEST' } | null;
}

export function FollowToggle({ targetType, targetId, label, subscription }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {subscription ? (
        <ActionForm action={unfollowAction} hidden={{ id: subscription.id }} layout="inline">
          <span className="text-sm text-slate-600">Following ({subscription.mode === 'DIGEST' ? 'daily digest' : 'immediate mail'})</span>
          <SubmitButton variant="secondary" pendingLabel="…" aria-label={`Stop following ${label}`}>
            Unfollow
          </SubmitButton>
        </ActionForm>
      ) : (
        <ActionForm action={followAction} hidden={{ targetType, targetId }} layout="inline">
          <label className="sr-only" htmlFor={`follow-mode-${targetId}`}>
            How to be told about {label}
          </label>
          <select id={`follow-mode-${targetId}`} name="mode" defaultValue="IMMEDIATE" className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="IMMEDIATE">immediately</option>
            <option value="DIGEST">daily digest</option>
          </select>
          <SubmitButton variant="secondary" pendingLabel="…" aria-label={`Follow ${label}`}>
            Follow
          </SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
