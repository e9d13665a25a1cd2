'use client';

import { useActionState } from 'react';
import { removeHolidayAction } from '@/app/(app)/admin/holidays/actions';
import { SubmitButton } from '@/components/ui/button';

export function RemoveHolidayButton({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(removeHolidayAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger" pendingLabel="Removing…" aria-label={`Remove holiday ${label}`}>
        Remove
      </SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
