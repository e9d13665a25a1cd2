'use client';
// One release type's readiness policy, edited by the coordinator: a save is a new version with a reason.
import { savePolicyAction } from '@/app/(app)/admin/readiness/actions';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { ReadinessPolicyValues } from '@/lib/readiness/policy';

const FIELDS = [
  { name: 'exposureMinDays', label: 'Shortest exposure (days)' },
  { name: 'exposureDefaultDays', label: 'Default exposure (days)' },
  { name: 'exposureMaxDays', label: 'Longest exposure (days)' },
  { name: 'replyWorkingDays', label: 'Reply window (working days)' },
  { name: 'minAcceptReports', label: 'ACCEPT reports needed' },
] as const;

export function PolicyForm({ policy, label }: { policy: ReadinessPolicyValues; label: string }) {
  return (
    <ActionForm action={savePolicyAction} hidden={{ kind: policy.kind, version: policy.version }} label={`Readiness policy: ${label}`}>
      {({ state }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            {FIELDS.map((field) => (
              <Field key={field.name} label={field.label} name={field.name} errors={fieldErrors(state, field.name)}>
                {(props) => <input {...props} type="number" min={1} max={60} required defaultValue={String(policy[field.name])} className={inputClass} />}
              </Field>
            ))}
          </div>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="requireTestPlan"
              // After a refused save the form shows what was typed; an unticked box is absent from it.
              defaultChecked={policy.requireTestPlan}
              className="mt-1"
            />
            <span>Require the test plan: every mandatory item of the component’s test plan run by at least one team</span>
          </label>
          <Field label="Reason for the change" name="reason" errors={fieldErrors(state, 'reason')} hint="Kept with the new version and in the audit trail.">
            {(props) => <textarea {...props} rows={2} required className={inputClass} />}
          </Field>
          <SubmitButton pendingLabel="Saving…">Save as version {policy.version + 1}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
