'use client';
// A security release's embargo on its page: who sees it until when, the form to set it (submitter or
// coordinator) and to lift it early with a reason (coordinator).
import { liftEmbargoAction, setEmbargoAction } from '@/app/(app)/releases/embargo-actions';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, inputClass } from '@/components/ui/field';

interface EmbargoCardProps {
  number: number;
  version: number;
  /** ISO time, when under embargo now. */
  embargoedUntil: string | null;
  liftReason: string | null;
  liftedAt: string | null;
  maySet: boolean;
  mayLift: boolean;
}

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function EmbargoCard({ number, version, embargoedUntil, liftReason, liftedAt, maySet, mayLift }: EmbargoCardProps) {
  return (
    <Card title="Embargo" id="embargo">
      {embargoedUntil ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Under embargo until {utc(embargoedUntil)}: only the coordinators, this stack&rsquo;s managers, the invited teams and the admins see this
          release and its rollouts. Nothing appears in lists, feeds, metrics or mail to anyone else until then.
        </p>
      ) : liftedAt ? (
        <p className="text-sm text-slate-700">
          Embargo lifted {utc(liftedAt)}
          {liftReason ? `: ${liftReason}` : ' (its date passed)'}.
        </p>
      ) : (
        <p className="text-sm text-slate-700">Not under embargo: visible to every signed-in user, the feeds and the metrics.</p>
      )}
      {maySet && !liftedAt && (
        <ActionForm action={setEmbargoAction} hidden={{ number, version }} label="Set the embargo" className="mt-3 space-y-3">
          {({ state }) => (
            <>
              <Field label="Embargoed until (UTC)" name="until" errors={fieldErrors(state, 'until')}>
                {(props) => <input {...props} type="datetime-local" required defaultValue={embargoedUntil?.slice(0, 16)} className={inputClass} />}
              </Field>
              <SubmitButton variant="secondary" pendingLabel="Saving…">
                {embargoedUntil ? 'Change the embargo date' : 'Embargo this release'}
              </SubmitButton>
            </>
          )}
        </ActionForm>
      )}
      {mayLift && embargoedUntil && (
        <ActionForm action={liftEmbargoAction} hidden={{ number, version }} label="Lift the embargo now" className="mt-3 space-y-3">
          {({ state }) => (
            <>
              <Field label="Reason for lifting the embargo early" name="reason" errors={fieldErrors(state, 'reason')}>
                {(props) => <textarea {...props} rows={2} required className={inputClass} />}
              </Field>
              <SubmitButton variant="secondary" pendingLabel="Lifting…">
                Lift the embargo now
              </SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </Card>
  );
}
