'use client';

import { useActionState } from 'react';
import { retryMessageAction } from '@/app/(app)/outbox/actions';
import { SubmitButton } from '@/components/ui/button';

export function RetryMessageButton({ id, subject }: { id: string; subject: string }) {
  const [state, action] = useActionState(retryMessageAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel="Queuing…" aria-label={`Retry now: ${subject}`}>
        Retry now
      </SubmitButton>
      {state && (
        <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
