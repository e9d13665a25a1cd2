'use client';

import { createTokenAction } from '@/app/(app)/account/actions';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { PendingButton } from '@/components/ui/pending-button';
import { useFormAction } from '@/components/ui/use-form-action';

export function CreateTokenForm() {
  const { state, errors, pending, onSubmit, formRef } = useFormAction(createTokenAction, { resetOnSuccess: true });
  const token = state?.ok ? state.data?.token : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label="Create an API token">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field label="Token name" name="name" errors={errors?.name} hint="What will use it, e.g. “site monitoring script”.">
          {(props) => <input {...props} required maxLength={100} className={inputClass} />}
        </Field>
        <Field label="Expires after (days, 0 = never)" name="expiresInDays" errors={errors?.expiresInDays}>
          {(props) => <input {...props} type="number" min={0} max={3650} defaultValue={90} className={inputClass} />}
        </Field>
      </div>
      <PendingButton pending={pending} pendingLabel="Creating…">
        Create token
      </PendingButton>
      <FormMessage state={state} />
      {token && (
        <div className="rounded border border-green-300 bg-green-50 p-3">
          <label htmlFor="new-token" className="block text-sm font-medium">
            Your new token
          </label>
          <input id="new-token" readOnly value={token} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          <p className="mt-1 text-xs text-slate-600">
            Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1/…</code>. It acts with your permissions.
          </p>
        </div>
      )}
    </form>
  );
}
