'use client';
// The manager's answer to a report recommending REJECT: until answered the report holds the rollout.
import { rejectAnswerAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function RejectAnswerForm({ number, version, teamId, teamName }: { number: number; version: number; teamId: string; teamName: string }) {
  return (
    <ActionForm action={rejectAnswerAction} hidden={{ number, version, teamId }} label={`Answer ${teamName}’s REJECT recommendation`}>
      {({ state }) => (
        <>
          <Field
            label={`Your answer to ${teamName}`}
            name="answer"
            errors={fieldErrors(state, 'answer')}
            hint="Why the rollout may go on despite it (e.g. the issue is fixed, or not in this release). Mailed to the team and the coordinators, kept in the audit."
          >
            {(props) => <textarea {...props} rows={3} required className={inputClass} />}
          </Field>
          <SubmitButton pendingLabel="Saving…">Answer the REJECT recommendation</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
