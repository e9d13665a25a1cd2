'use client';

import { useActionState } from 'react';
import { runChecksAction } from '@/app/(app)/outbox/actions';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

/** Admins: run the deadline checks, the subscription fan-out and a delivery round without waiting. */
export function RunChecksButton() {
  const [state, action] = useActionState(runChecksAction, null);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <SubmitButton variant="secondary" pendingLabel="Checking…">
        Run checks now
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
