'use client';
// A form posting to a server action, with field errors handed to its fields and the outcome below it.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/action-result';
import type { FieldErrors } from '@/lib/errors';

export type FormAction = (prev: unknown, formData: FormData) => Promise<ActionResult>;

export function ActionForm({
  action,
  label,
  submitLabel,
  hidden = {},
  className = 'space-y-3',
  children,
}: {
  action: FormAction;
  /** Accessible name of the form. */
  label: string;
  submitLabel: string;
  hidden?: Record<string, string>;
  className?: string;
  children: (errors: FieldErrors | undefined) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate aria-label={label} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state && !state.ok ? state.fieldErrors : undefined)}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
