'use client';

// One of the user's subscriptions: switch immediate/digest, or stop following.
import Link from 'next/link';
import { useActionState } from 'react';
import { changeModeAction, unfollowAction } from '@/app/(app)/subscriptions/actions';
import { SubmitButton } from '@/components/ui/button';

interface Props {
  subscription: { id: string; label: string; href: string | null; targetType: string; mode: 'IMMEDIATE' | 'DIGEST' };
}

export function SubscriptionRow({ subscription }: Props) {
  const [modeState, modeAction] = useActionState(changeModeAction, null);
  const [removeState, removeAction] = useActionState(unfollowAction, null);
  const other = subscription.mode === 'IMMEDIATE' ? 'DIGEST' : 'IMMEDIATE';
  const error = [modeState, removeState].find((state) => state && !state.ok);
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
      <form action={modeAction}>
        <input type="hidden" name="id" value={subscription.id} />
        <input type="hidden" name="mode" value={other} />
        <SubmitButton variant="secondary" pendingLabel="Saving…" aria-label={`Switch ${subscription.label} to ${other === 'DIGEST' ? 'daily digest' : 'immediate mail'}`}>
          {other === 'DIGEST' ? 'Use daily digest' : 'Mail immediately'}
        </SubmitButton>
      </form>
      <form action={removeAction}>
        <input type="hidden" name="id" value={subscription.id} />
        <SubmitButton variant="danger" pendingLabel="Removing…" aria-label={`Stop following ${subscription.label}`}>
          Unfollow
        </SubmitButton>
      </form>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error.message}
        </p>
      )}
    </li>
  );
}
