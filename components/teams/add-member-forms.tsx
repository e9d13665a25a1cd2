'use client';
// Adding a team member: by e-mail (a user record is created if needed and matched by e-mail at the
// person's first sign-in), or by picking someone who already signed in through the identity provider.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { addMemberAction } from '@/app/(app)/teams/actions';

export function AddMemberForms({ teamId, idpUsers }: { teamId: string; idpUsers: { id: string; name: string; email: string }[] }) {
  const [byEmail, emailAction] = useActionState(addMemberAction, null);
  const [picked, pickAction] = useActionState(addMemberAction, null);
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
      <form action={emailAction} noValidate className="space-y-2" aria-label="Add a member by e-mail">
        <input type="hidden" name="teamId" value={teamId} />
        <Field label="Add by e-mail" name="email" errors={byEmail && !byEmail.ok ? byEmail.fieldErrors?.email : undefined} hint="Anyone, even before their first sign-in.">
          {(props) => <input {...props} type="email" required autoComplete="off" placeholder="name@site.example" className={inputClass} />}
        </Field>
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          Add member
        </SubmitButton>
        <FormMessage state={byEmail} />
      </form>
      <form action={pickAction} noValidate className="space-y-2" aria-label="Add a member from the identity provider">
        <input type="hidden" name="teamId" value={teamId} />
        <Field label="Or pick a user who signed in through the identity provider" name="userId" errors={picked && !picked.ok ? (picked.fieldErrors?.userId ?? picked.fieldErrors?.email) : undefined}>
          {(props) => (
            <select {...props} required defaultValue="" className={inputClass} disabled={idpUsers.length === 0}>
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
        <FormMessage state={picked} />
      </form>
    </div>
  );
}
