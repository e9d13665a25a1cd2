'use client';
// Step 10: log an issue (a comment, or a GGUS ticket number / helpdesk link), and close or reopen one.
import { useState } from 'react';
import { findingAction, findingSeverityAction, findingStateAction } from '@/app/(app)/rollouts/team-actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { FINDING_SEVERITIES } from '@/lib/rollout/schemas';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SEVERITY_LABELS } from './severity-badge';

export function FindingForm({ number, teams }: { number: number; teams: { id: string; name: string }[] }) {
  const [kind, setKind] = useState<'COMMENT' | 'HELPDESK'>('HELPDESK');
  return (
    <ActionForm action={findingAction} hidden={{ number }} label="Log a finding">
      {({ state }) => (
        <>
          {teams.length > 0 && (
            <Field label="Found by" name="teamId" errors={fieldErrors(state, 'teamId')}>
              {(props) => (
                <select {...props} className={inputClass}>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <RadioGroup
            legend="Kind"
            name="kind"
            options={[{ value: 'HELPDESK', label: 'Helpdesk (GGUS) ticket' }, { value: 'COMMENT', label: 'Discussed here' }] as const}
            defaultValue={kind}
            errors={fieldErrors(state, 'kind')}
            onChange={setKind}
          />
          <Field label="Severity" name="severity" errors={fieldErrors(state, 'severity')} hint="A blocker puts the rollout on hold: nothing can accept it until the finding is closed or downgraded.">
            {(props) => (
              <select {...props} defaultValue={'MAJOR'} className={inputClass}>
                {FINDING_SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {SEVERITY_LABELS[severity]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Title" name="title" errors={fieldErrors(state, 'title')}>
            {(props) => <input {...props} className={inputClass} />}
          </Field>
          {kind === 'HELPDESK' && (
            <Field label="GGUS ticket number or link" name="reference" errors={fieldErrors(state, 'reference')} hint="e.g. 123456 or https://ggus.eu/?mode=ticket_info&ticket_id=123456">
              {(props) => <input {...props} className={inputClass} />}
            </Field>
          )}
          <Field label="Details" name="body" errors={fieldErrors(state, 'body')}>
            {(props) => <textarea {...props} rows={3} className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            Log finding
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Close or reopen a finding; closing an open blocker lifts the hold, so it asks for the reason. */
export function FindingStateButton({ number, findingId, open, blocker, version, title }: { number: number; findingId: string; open: boolean; blocker: boolean; version: number; title: string }) {
  const needsReason = open && blocker;
  return (
    <ActionForm action={findingStateAction} hidden={{ number, findingId, version, open: open ? 'false' : 'true' }} label={`${open ? 'Close' : 'Reopen'} finding ${title}`} className={needsReason ? 'flex w-full flex-col gap-2 sm:w-auto' : 'inline-block'}>
      {({ state }) => (
        <>
          {needsReason && (
            <Field label="Reason to close (lifts the hold)" name="reason" errors={fieldErrors(state, 'reason')}>
              {(props) => <input {...props} required minLength={10} className={inputClass} />}
            </Field>
          )}
          <SubmitButton variant="secondary" pendingLabel="…">
            {open ? 'Close' : 'Reopen'}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Change an open finding's severity with a reason (downgrading a blocker lifts the hold). */
export function FindingSeverityForm({ number, findingId, severity, version, title }: { number: number; findingId: string; severity: string; version: number; title: string }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-brand-700">Change severity</summary>
      <ActionForm action={findingSeverityAction} hidden={{ number, findingId, version }} label={`Severity of finding ${title}`} className="mt-2 space-y-2">
        {({ state }) => (
          <>
            <Field label="New severity" name="severity" errors={fieldErrors(state, 'severity')}>
              {(props) => (
                <select {...props} defaultValue={FINDING_SEVERITIES.find((s) => s !== severity)} className={inputClass}>
                  {FINDING_SEVERITIES.filter((s) => s !== severity).map((s) => (
                    <option key={s} value={s}>
                      {SEVERITY_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Reason for the change" name="reason" errors={fieldErrors(state, 'reason')}>
              {(props) => <textarea {...props} rows={2} required className={inputClass} />}
            </Field>
            <SubmitButton variant="secondary" pendingLabel="Saving…">
              Change severity
            </SubmitButton>
          </>
        )}
      </ActionForm>
    </details>
  );
}
