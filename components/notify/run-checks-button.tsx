'use client';

import { runChecksAction } from '@/app/(app)/outbox/actions';
import { SubmitButton } from '@/components/ui/button';
import { ActionForm } from '@/components/ui/action-form';

/** Admins: run the deadline checks, the subscription fan-out and a delivery round without waiting. */
export function RunChecksButton() {
  return (
    <ActionForm action={runChecksAction} className="flex flex-col items-end gap-2">
      <SubmitButton variant="secondary" pendingLabel="Checking…">
        Run checks now
      </SubmitButton>
    </ActionForm>
  );
}
