'use client';

import { useActionState } from 'react';
import { revokeTokenAction } from '@/app/(app)/account/actions';
import { SubmitButton } from '@/components/ui/button';

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton variant="danger" pendingLabel="Revoking…" aria-label={`Revoke token ${name}`}>
        Revoke
      </SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
