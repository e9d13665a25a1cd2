'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { PendingButton } from '@/components/ui/pending-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/action-result';

type Action = (prev: unknown, formData: FormData) => Promise<ActionResult>;

/** One e-mail field and a submit button, with hidden ids (group or stack) — used for members and managers. */
export function EmailForm({ action, hidden, label, submitLabel }: { action: Action; hidden: Record<string, string>; label: string; submitLabel: string }) {
  // Submitted through onSubmit so a refused address stays in the field to be corrected.
  const { state, errors, pending, onSubmit, formRef } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-2 flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-56 flex-1">
        <Field label={label} name="email" errors={errors?.email}>
          {(props) => <input {...props} type="email" required className={inputClass} placeholder="name@site.example" />}
        </Field>
      </div>
      <PendingButton pending={pending} variant="secondary" pendingLabel="Adding…">
        {submitLabel}
      </PendingButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RemoveForm({ action, hidden, label }: { action: Action; hidden: Record<string, string>; label: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="danger" pendingLabel="…" aria-label={label}>
        Remove
      </SubmitButton>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
