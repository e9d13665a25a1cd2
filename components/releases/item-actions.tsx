'use client';
// The verification actions on one child ticket, for users allowed to take them: start verification,
// accept (verification report address), reject (reason), or skip staged rollout (emergency only,
// justification). Each form sends the version the page showed, so a stale page gets a conflict.
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { FieldErrors } from '@/lib/errors';
import type { ManualTarget } from '@/lib/releases/release-item-machine';

type Action = FormAction;

interface ItemRef {
  releaseNumber: number;
  itemId: string;
  version: number;
  platform: string;
}

function TransitionForm({
  item,
  to,
  action,
  submitLabel,
  variant = 'primary',
  children,
}: {
  item: ItemRef;
  to: ManualTarget;
  action: Action;
  submitLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: (errors: FieldErrors | undefined) => React.ReactNode;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ releaseNumber: item.releaseNumber, itemId: item.itemId, expectedVersion: item.version, to }}
      label={`${submitLabel} (${item.platform})`}
      noValidate
      className="space-y-2"
    >
      {({ errors }) => (
        <>
          {children?.(errors)}
          <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ItemActions({ item, targets, action }: { item: ItemRef; targets: ManualTarget[]; action: Action }) {
  if (targets.length === 0) return null;
  return (
    <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
      {targets.includes('IN_VERIFICATION') && <TransitionForm item={item} to="IN_VERIFICATION" action={action} submitLabel="Start verification" />}
      {targets.includes('STAGED_ROLLOUT') && (
        <TransitionForm item={item} to="STAGED_ROLLOUT" action={action} submitLabel="Accept verification: start staged rollout">
          {(errors) => (
            <Field label="Verification report address" name="reportUrl" errors={errors?.reportUrl}>
              {(props) => <input {...props} type="url" className={inputClass} placeholder="https://" />}
            </Field>
          )}
        </TransitionForm>
      )}
      {targets.includes('VERIFICATION_REJECTED') && (
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium text-red-800">Reject in verification…</summary>
          <div className="mt-2">
            <TransitionForm item={item} to="VERIFICATION_REJECTED" action={action} submitLabel="Reject" variant="danger">
              {(errors) => (
                <>
                  <Field label="Reason for rejecting" name="reason" errors={errors?.reason} hint="Mailed to the Technology Provider who submitted the release.">
                    {(props) => <textarea {...props} rows={3} className={inputClass} />}
                  </Field>
                  <Field label="Verification report link (optional)" name="reportUrl" errors={errors?.reportUrl}>
                    {(props) => <input {...props} type="url" className={inputClass} placeholder="https://" />}
                  </Field>
                </>
              )}
            </TransitionForm>
          </div>
        </details>
      )}
      {targets.includes('SKIPPED_ROLLOUT') && (
        <details className="rounded border border-amber-300 bg-amber-50 p-2">
          <summary className="cursor-pointer text-sm font-medium text-amber-900">Emergency: skip staged rollout…</summary>
          <div className="mt-2">
            <TransitionForm item={item} to="SKIPPED_ROLLOUT" action={action} submitLabel="Skip staged rollout and release to production" variant="danger">
              {(errors) => (
                <Field
                  label="Justification for skipping staged rollout"
                  name="justification"
                  errors={errors?.justification}
                  hint='Kept and shown on the release; the release counts as "No test" in the metrics.'
                >
                  {(props) => <textarea {...props} rows={4} className={inputClass} />}
                </Field>
              )}
            </TransitionForm>
          </div>
        </details>
      )}
    </div>
  );
}
