'use client';
// The small forms of a taking-part team (steps 8, 9, 11): the beta flag, installation and test notes,
// "installed: start the exposure", and withdrawing from the test.
import { betaAction, notesAction, startExposureAction, withdrawAction } from '@/app/(app)/rollouts/team-actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

interface Props {
  number: number;
  teamId: string;
  teamName: string;
  version: number;
}

export function BetaForm({ number, teamId, teamName, version, beta, since }: Props & { beta: boolean; since?: string }) {
  return (
    <ActionForm action={betaAction} hidden={{ number, teamId, version, beta: beta ? 'false' : 'true' }} label={`Beta flag of ${teamName}`} className="space-y-2">
      {() => (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            Beta flag in GOCDB (optional, for the staged rollout only): <strong>{beta ? `set${since ? ` since ${since}` : ''}` : 'not set'}</strong>
          </span>
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            {beta ? 'I removed the beta flag' : 'I set the beta flag'}
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}

export function NotesForm({ number, teamId, teamName, version, installNotes }: Props & { installNotes: string }) {
  return (
    <ActionForm action={notesAction} hidden={{ number, teamId, version }} label={`Installation notes of ${teamName}`}>
      {({ state }) => (
        <>
          <Field label="Installation and test notes" name="installNotes" errors={fieldErrors(state, 'installNotes')}>
            {(props) => <textarea {...props} defaultValue={installNotes} rows={4} className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary">Save notes</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function StartExposureForm({ number, teamId, teamName, version, days }: Props & { days: number }) {
  return (
    <ActionForm action={startExposureAction} hidden={{ number, teamId, version }} label={`Start exposure of ${teamName}`} className="space-y-2">
      {() => (
        <>
          <p className="text-sm text-slate-700">When the update runs in production, start the exposure period ({days} days by default).</p>
          <SubmitButton pendingLabel="Starting…">Installed: start the exposure period</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function WithdrawForm({ number, teamId, teamName, version }: Props) {
  return (
    <ActionForm action={withdrawAction} hidden={{ number, teamId, version }} label={`Withdraw ${teamName}`} className="space-y-2">
      {({ state }) => (
        <details open={state?.ok === false || undefined}>
          <summary className="cursor-pointer text-sm text-slate-600">Withdraw from this test…</summary>
          <div className="mt-2 space-y-2">
            <p className="text-sm text-slate-600">The rollout’s manager is mailed your reason and may invite another team. Your team cannot rejoin by itself.</p>
            <Field label="Reason" name="reason" hint="At least 10 characters; the manager reads it." errors={fieldErrors(state, 'reason')}>
              {(props) => <textarea {...props} required minLength={10} maxLength={2000} rows={2} className={inputClass} />}
            </Field>
            <Field label={`Yes, withdraw ${teamName} from this test`} name="confirm" errors={fieldErrors(state, 'confirm')}>
              {(props) => <input {...props} type="checkbox" required className="h-4 w-4" />}
            </Field>
            <SubmitButton variant="danger" pendingLabel="Withdrawing…">
              Withdraw {teamName}
            </SubmitButton>
          </div>
        </details>
      )}
    </ActionForm>
  );
}
