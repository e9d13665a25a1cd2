'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/action-result';

type Action = (prev: unknown, formData: FormData) => Promise<ActionResult>;

/** One e-mail field and a submit button, with hidden ids (group or stack) — used for members and managers. */
export function EmailForm({ action, hidden, label, submitLabel }: { action: Action; hidden: Record<string, string>; label: string; submitLabel: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-56 flex-1">
        <Field label={label} name="email" errors={state && !state.ok ? state.fieldErrors?.email : undefined}>
          {(props) => <input {...props} type="email" required className={inputClass} placeholder="name@site.example" />}
        </Field>
      </div>
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        {submitLabel}
      </SubmitButton>
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
