'use client';

import { useActionState } from 'react';
import { createTokenAction } from '@/app/(app)/account/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function CreateTokenForm() {
  const [state, action] = useActionState(createTokenAction, null);
  return (
    <form action={action} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field label="Token name" name="name" errors={state && !state.ok ? state.fieldErrors?.name : undefined} hint="What will use it, e.g. “site monitoring script”.">
          {(props) => <input {...props} required maxLength={100} className={inputClass} />}
        </Field>
        <Field label="Expires after (days, 0 = never)" name="expiresInDays" errors={state && !state.ok ? state.fieldErrors?.expiresInDays : undefined}>
          {(props) => <input {...props} type="number" min={0} max={3650} defaultValue={90} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      <FormMessage state={state} />
      {state?.ok && state.data?.token && (
        <div className="rounded border border-green-300 bg-green-50 p-3">
          <label htmlFor="new-token" className="block text-sm font-medium">
            Your new token
          </label>
          <input id="new-token" readOnly value={state.data.token} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          <p className="mt-1 text-xs text-slate-600">
            Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1/…</code>. It acts with your permissions.
          </p>
        </div>
      )}
    </form>
  );
}
