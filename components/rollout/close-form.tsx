'use client';
// Steps 13-15: the manager's summary (with the reports it forms the document), outcome ACCEPT or REJECT,
// known issues and workarounds, then resolve. An ACCEPT over negative findings asks for confirmation.
import { useState } from 'react';
import { closeAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { SUMMARY_EXTENSIONS } from '@/lib/rollout/schemas';
import { ActionForm, fieldErrors } from './action-form';

export function CloseForm({ number, version, summaryBase, negatives }: { number: number; version: number; summaryBase: string; negatives: string[] }) {
  const [outcome, setOutcome] = useState<'ACCEPT' | 'REJECT' | null>(null);
  const [ext, setExt] = useState('md');
  return (
    <ActionForm action={closeAction} hidden={{ number, version }} label="Set the outcome and resolve">
      {(state, values) => {
        const confirmErrors = fieldErrors(state, 'confirmNegative');
        const needConfirm = outcome === 'ACCEPT' && (negatives.length > 0 || !!confirmErrors);
        return (
          <>
            <Field label="Summary of the staged rollout" name="summary" errors={fieldErrors(state, 'summary')}>
              {(props) => <textarea {...props} defaultValue={values.summary} rows={6} required className={inputClass} />}
            </Field>
            <Field label="Summary file type" name="summaryExt" errors={fieldErrors(state, 'summaryExt')} hint={`Stored as ${summaryBase}.${ext}`}>
              {(props) => (
                <select {...props} defaultValue={values.summaryExt ?? ext} onChange={(event) => setExt(event.target.value)} className={inputClass}>
                  {SUMMARY_EXTENSIONS.map((value) => (
                    <option key={value} value={value}>
                      .{value}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Known issues and workarounds" name="knownIssues" errors={fieldErrors(state, 'knownIssues')}>
              {(props) => <textarea {...props} defaultValue={values.knownIssues} rows={3} className={inputClass} />}
            </Field>
            <RadioGroup
              legend="Outcome"
              name="outcome"
              options={[{ value: 'ACCEPT', label: 'ACCEPT' }, { value: 'REJECT', label: 'REJECT' }] as const}
              defaultValue={values.outcome ?? outcome}
              errors={fieldErrors(state, 'outcome')}
              onChange={setOutcome}
            />
            {needConfirm && (
              <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                <p className="font-medium text-amber-900">Negative findings hold this rollout:</p>
                <ul className="list-disc pl-5 text-amber-900">
                  {(negatives.length ? negatives : confirmErrors ?? []).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="confirmNegative" value="true" defaultChecked={values.confirmNegative === 'true'} /> I confirm ACCEPT despite these findings
                </label>
                <Field label="Reason for accepting" name="outcomeReason" errors={fieldErrors(state, 'outcomeReason')}>
                  {(props) => <textarea {...props} defaultValue={values.outcomeReason} rows={2} className={inputClass} />}
                </Field>
              </div>
            )}
            <SubmitButton pendingLabel="Resolving…">Resolve the rollout</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
