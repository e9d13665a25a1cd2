'use client';
// Adding a team member: by e-mail (a user record is created if needed and matched by e-mail at the
// person's first sign-in), or by picking someone who already signed in through the identity provider.
import { addMemberAction } from '@/app/(app)/teams/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export function AddMemberForms({ teamId, idpUsers }: { teamId: string; idpUsers: { id: string; name: string; email: string }[] }) {
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
      <AddByEmailForm teamId={teamId} />
      <PickIdpUserForm teamId={teamId} idpUsers={idpUsers} />
    </div>
  );
}

function AddByEmailForm({ teamId }: { teamId: string }) {
  return (
    <ActionForm action={addMemberAction} hidden={{ teamId }} label="Add a member by e-mail" noValidate className="space-y-2">
      {({ errors }) => (
        <>
          <Field label="Add by e-mail" name="email" errors={errors?.email} hint="Anyone, even before their first sign-in.">
            {(props) => <input {...props} type="email" autoComplete="off" placeholder="name@site.example" className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Adding…">
            Add member
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

function PickIdpUserForm({ teamId, idpUsers }: { teamId: string; idpUsers: { id: string; name: string; email: string }[] }) {
  return (
    <ActionForm action={addMemberAction} hidden={{ teamId }} label="Add a member from the identity provider" noValidate className="space-y-2">
      {({ errors }) => (
        <>
          <Field label="Or pick a user who signed in through the identity provider" name="userId" errors={errors?.userId ?? errors?.email}>
            {(props) => (
              <select {...props} defaultValue="" className={inputClass} disabled={idpUsers.length === 0}>
                <option value="" disabled>
                  {idpUsers.length === 0 ? 'Nobody else has signed in yet' : 'Choose a user…'}
                </option>
                {idpUsers.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({user.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Adding…" disabled={idpUsers.length === 0}>
            Add selected user
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
