'use client';
// Adds an e-mail contact to a team; errors appear next to the field.
import { addContactAction } from '@/app/(app)/teams/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export function AddContactForm({ teamId }: { teamId: string }) {
  return (
    <ActionForm
      action={addContactAction}
      hidden={{ teamId }}
      label="Add a contact"
      noValidate
      className="mt-4 grid gap-2 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      messageClassName="sm:col-span-3"
    >
      {({ errors }) => (
        <>
          <Field label="Contact e-mail" name="email" errors={errors?.email}>
            {(props) => <input {...props} type="email" required placeholder="ea-support@site.example" className={inputClass} />}
          </Field>
          <Field label="Name (optional)" name="name" errors={errors?.name}>
            {(props) => <input {...props} placeholder="Site operations desk" className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Adding…">
            Add contact
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
