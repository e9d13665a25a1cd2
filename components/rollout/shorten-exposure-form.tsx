'use client';
// The manager of a superseding rollout asks for a shorter exposure for the new version, with a reason.
import { shortenExposureAction } from '@/app/(app)/rollouts/supersession-actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function ShortenExposureForm({ number, version, min, max }: { number: number; version: number; min: number; max: number }) {
  return (
    <ActionForm action={shortenExposureAction} hidden={{ number, version }} label="Shorten the exposure">
      {({ state }) => (
        <>
          <Field label={`Exposure for this version (days, ${min}–${max})`} name="days" errors={fieldErrors(state, 'days')}>
            {(props) => <input {...props} type="number" min={min} max={max} required defaultValue={String(max)} className={inputClass} />}
          </Field>
          <Field label="Reason" name="reason" errors={fieldErrors(state, 'reason')}>
            {(props) => <textarea {...props} rows={2} required className={inputClass} />}
          </Field>
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            Shorten the exposure
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
