'use client';
// Adds an e-mail contact to a team; errors appear next to the field.
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { addContactAction } from '@/app/(app)/teams/actions';
import { PendingButton } from '@/components/ui/pending-button';
import { useFormAction } from '@/components/ui/use-form-action';

export function AddContactForm({ teamId }: { teamId: string }) {
  const { state, errors, pending, onSubmit, formRef } = useFormAction(addContactAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-4 grid gap-2 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Add a contact">
      <input type="hidden" name="teamId" value={teamId} />
      <Field label="Contact e-mail" name="email" errors={errors?.email}>
        {(props) => <input {...props} type="email" required placeholder="ea-support@site.example" className={inputClass} />}
      </Field>
      <Field label="Name (optional)" name="name" errors={errors?.name}>
        {(props) => <input {...props} placeholder="Site operations desk" className={inputClass} />}
      </Field>
      <PendingButton pending={pending} variant="secondary" pendingLabel="Adding…">
        Add contact
      </PendingButton>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
