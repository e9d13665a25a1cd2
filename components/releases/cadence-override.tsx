'use client';
// The explicit override of the release cadence rules: offered once a submission broke them (or when
// already ticked), and only honoured with a reason, which is kept on the release.
import { useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { Field, inputClass } from '@/components/ui/field';
import type { FieldErrors } from '@/lib/errors';

export function CadenceOverride({ errors }: { errors?: FieldErrors }) {
  const [ticked, setTicked] = useState(false);
  const offered = ticked || Boolean(errors?.cadenceOverride || errors?.cadenceOverrideReason);
  if (!offered) return null;
  return (
    <fieldset className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <legend className="px-1 text-sm font-semibold text-amber-900">Release cadence</legend>
      <label className="flex items-start gap-2 text-sm text-slate-900">
        <input
          type="checkbox"
          name="cadenceOverride"
          className="mt-0.5 h-4 w-4"
          checked={ticked}
          onChange={(e) => setTicked(e.target.checked)}
          aria-describedby={errors?.cadenceOverride ? 'cadence-override-error' : undefined}
        />
        Override the release cadence rules for this release
      </label>
      <FieldError id="cadence-override-error" errors={errors?.cadenceOverride} />
      {ticked && (
        <div className="mt-3">
          <Field label="Reason for the override" name="cadenceOverrideReason" errors={errors?.cadenceOverrideReason} hint="Kept on the release and shown on its page.">
            {(props) => <textarea {...props} rows={3} className={inputClass} />}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
