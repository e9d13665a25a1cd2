'use client';
// A form posting to a server action, with field errors handed to its fields and the outcome below it;
// what was typed stays after a refusal (see useFormAction).
import { PendingButton } from '@/components/ui/pending-button';
import { useFormAction } from '@/components/ui/use-form-action';
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
  resetOnSuccess = false,
  children,
}: {
  action: FormAction;
  /** Accessible name of the form. */
  label: string;
  submitLabel: string;
  hidden?: Record<string, string>;
  className?: string;
  /** Clear the fields after a success (add-forms). */
  resetOnSuccess?: boolean;
  children: (errors: FieldErrors | undefined) => React.ReactNode;
}) {
  const { state, errors, pending, onSubmit, formRef } = useFormAction(action, { resetOnSuccess });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={label} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(errors)}
      <div className="flex flex-wrap items-center gap-3">
        <PendingButton pending={pending}>{submitLabel}</PendingButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
