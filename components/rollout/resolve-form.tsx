'use client';
// Steps 13-15: the manager's summary (with the reports it forms the document), outcome ACCEPT or REJECT,
// known issues and workarounds, then resolve. ACCEPT shows the unmet readiness rules; the server refuses
// it unless the rollout is ready, or a coordinator overrides with a reason (never while it is held).
import { useState } from 'react';
import { resolveAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import type { Readiness } from '@/lib/readiness/readiness';
import { SUMMARY_EXTENSIONS } from '@/lib/rollout/schemas';
import { ActionForm, fieldErrors } from './action-form';

interface ResolveFormProps {
  number: number;
  version: number;
  summaryBase: string;
  /** Pre-filled from the evidence (lib/rollout/evidence-summary.ts): the manager edits it. */
  summaryDraft: string;
  readiness: Readiness;
  mayOverride: boolean;
}

export function ResolveForm({ number, version, summaryBase, summaryDraft, readiness, mayOverride }: ResolveFormProps) {
  const unmet = readiness.rules.filter((rule) => !rule.met);
  const [outcome, setOutcome] = useState<'ACCEPT' | 'REJECT' | null>(null);
  const [ext, setExt] = useState('md');
  return (
    <ActionForm action={resolveAction} hidden={{ number, version }} label="Set the outcome and resolve">
      {(state, values) => {
        const notReady = outcome === 'ACCEPT' && !readiness.ready;
        const held = readiness.state === 'HELD';
        return (
          <>
            <Field label="Summary of the staged rollout" name="summary" errors={fieldErrors(state, 'summary')}>
              {(props) => <textarea {...props} defaultValue={values.summary ?? summaryDraft} rows={8} required className={inputClass} />}
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
            {notReady && (
              <div className={`space-y-2 rounded border p-3 text-sm ${held ? 'border-red-200 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}>
                <p className="font-medium">{held ? 'On hold: this rollout cannot be accepted until these are resolved:' : 'Not ready to accept:'}</p>
                <ul aria-label="Unmet readiness rules" className="list-disc pl-5">
                  {unmet.map((rule) => (
                    <li key={rule.id}>{rule.detail}</li>
                  ))}
                </ul>
                {!held && mayOverride && (
                  <>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="override" value="true" defaultChecked={values.override === 'true'} /> Accept anyway (coordinator override)
                    </label>
                    <Field label="Reason for the override" name="overrideReason" errors={fieldErrors(state, 'overrideReason')} hint="Shown on the rollout and the release, and sent to the provider.">
                      {(props) => <textarea {...props} defaultValue={values.overrideReason} rows={2} className={inputClass} />}
                    </Field>
                  </>
                )}
                {!held && !mayOverride && <p>Only the Staged Rollout Coordinator can accept before the rollout is ready.</p>}
              </div>
            )}
            <SubmitButton pendingLabel="Resolving…">Resolve the rollout</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
