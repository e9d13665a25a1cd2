'use client';
// The forms of a group or stack's member list: one e-mail field to add someone, and Remove.
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { InlineActionForm } from '@/components/ui/inline-action-form';

/** One e-mail field and a submit button, with hidden ids (group or stack) — used for members and managers. */
export function EmailForm({ action, hidden, label, submitLabel }: { action: FormAction; hidden: Record<string, string>; label: string; submitLabel: string }) {
  return (
    <ActionForm action={action} hidden={hidden} className="mt-2 flex flex-wrap items-end gap-2" messageClassName="w-full">
      {({ errors }) => (
        <>
          <div className="min-w-56 flex-1">
            <Field label={label} name="email" errors={errors?.email}>
              {(props) => <input {...props} type="email" required className={inputClass} placeholder="name@site.example" />}
            </Field>
          </div>
          <SubmitButton variant="secondary" pendingLabel="Adding…">
            {submitLabel}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function RemoveForm({ action, hidden, label }: { action: FormAction; hidden: Record<string, string>; label: string }) {
  return (
    <InlineActionForm action={action} hidden={hidden} label={label}>
      Remove
    </InlineActionForm>
  );
}
