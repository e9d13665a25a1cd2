'use client';
// The manager's small forms: moving a team's exposure end, and commenting on the ticket (anyone allowed).
import { commentAction, exposureEndAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function ExposureEndForm({ number, teamId, teamName, version, current, timeZone }: { number: number; teamId: string; teamName: string; version: number; current: string; timeZone: string }) {
  return (
    <ActionForm action={exposureEndAction} hidden={{ number, teamId, version }} label={`Exposure end of ${teamName}`} className="space-y-2">
      {({ state }) => (
        <details>
          <summary className="cursor-pointer text-xs text-brand-700">Change end</summary>
          <div className="mt-2 space-y-2">
            <Field label={`Exposure ends (${timeZone})`} name="exposureEnd" errors={fieldErrors(state, 'exposureEnd')}>
              {(props) => <input {...props} type="datetime-local" defaultValue={current} required className={inputClass} />}
            </Field>
            <Field label="Reason (needed outside the policy’s range)" name="reason" errors={fieldErrors(state, 'reason')}>
              {(props) => <textarea {...props} rows={2} className={inputClass} />}
            </Field>
            <SubmitButton variant="secondary">Save end</SubmitButton>
          </div>
        </details>
      )}
    </ActionForm>
  );
}

export function CommentForm({ number }: { number: number }) {
  return (
    <ActionForm action={commentAction} hidden={{ number }} label="Comment">
      {({ state }) => (
        <>
          <Field label="Comment" name="body" errors={fieldErrors(state, 'body')}>
            {(props) => <textarea {...props} rows={3} required className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Posting…">
            Add comment
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
