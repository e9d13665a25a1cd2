'use client';

// One of the user's subscriptions: switch immediate/digest, or stop following.
import Link from 'next/link';
import { changeModeAction, unfollowAction } from '@/app/(app)/subscriptions/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';

interface Props {
  subscription: { id: string; label: string; href: string | null; targetType: string; mode: 'IMMEDIATE' | 'DIGEST' };
}

export function SubscriptionRow({ subscription }: Props) {
  const other = subscription.mode === 'IMMEDIATE' ? 'DIGEST' : 'IMMEDIATE';
  return (
    <li className="flex flex-wrap items-center gap-3 border-t border-slate-100 py-2 first:border-t-0">
      <span className="min-w-0 flex-1 basis-60 break-words">
        <span className="mr-2 text-xs uppercase tracking-wide text-slate-500">{subscription.targetType.toLowerCase()}</span>
        {subscription.href ? (
          <Link href={subscription.href} className="text-brand-700 underline">
            {subscription.label}
          </Link>
        ) : (
          subscription.label
        )}
      </span>
      <span className="text-sm text-slate-600">{subscription.mode === 'IMMEDIATE' ? 'immediate mail' : 'daily digest'}</span>
      <ActionForm action={changeModeAction} hidden={{ id: subscription.id, mode: other }} layout="inline">
        <SubmitButton variant="secondary" pendingLabel="Saving…" aria-label={`Switch ${subscription.label} to ${other === 'DIGEST' ? 'daily digest' : 'immediate mail'}`}>
          {other === 'DIGEST' ? 'Use daily digest' : 'Mail immediately'}
        </SubmitButton>
      </ActionForm>
      <ActionForm action={unfollowAction} hidden={{ id: subscription.id }} layout="inline">
        <SubmitButton variant="danger" pendingLabel="Removing…" aria-label={`Stop following ${subscription.label}`}>
          Unfollow
        </SubmitButton>
      </ActionForm>
    </li>
  );
}
