'use client';

// Creates an API token and shows it once.
import { createTokenAction } from '@/app/(app)/account/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export function CreateTokenForm() {
  return (
    <ActionForm action={createTokenAction} label="Create an API token">
      {({ state, errors }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
            <Field label="Token name" name="name" errors={errors?.name} hint="What will use it, e.g. “site monitoring script”.">
              {(props) => <input {...props} required maxLength={100} className={inputClass} />}
            </Field>
            <Field label="Expires after (days, 0 = never)" name="expiresInDays" errors={errors?.expiresInDays}>
              {(props) => <input {...props} type="number" min={0} max={3650} defaultValue={90} className={inputClass} />}
            </Field>
          </div>
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
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
        </>
      )}
    </ActionForm>
  );
}
