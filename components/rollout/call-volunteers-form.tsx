'use client';
// Step 7.1: nobody accepted, so the manager asks the stack's mailing list for volunteers.
import { callVolunteersAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function CallVolunteersForm({ number, version, listAddress }: { number: number; version: number; listAddress: string }) {
  return (
    <ActionForm action={callVolunteersAction} hidden={{ number, version }} label="Call for volunteers">
      {({ state }) => (
        <>
          <p className="text-sm text-slate-700">
            One message goes to <span className="font-mono">{listAddress}</span>; any EA team may then volunteer from this page.
          </p>
          <Field label="Additional note (optional)" name="note" errors={fieldErrors(state, 'note')}>
            {(props) => <textarea {...props} rows={3} className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Sending…">
            Call for volunteers
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
