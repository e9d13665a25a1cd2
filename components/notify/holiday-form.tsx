'use client';

import { useActionState, useState } from 'react';
import { addHolidayAction } from '@/app/(app)/admin/holidays/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function HolidayForm({ ngis }: { ngis: { code: string; name: string }[] }) {
  const [submitted, setSubmitted] = useState<Record<string, string>>({});
  const [state, action] = useActionState(async (previous: unknown, form: FormData) => {
    setSubmitted(Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)])));
    return addHolidayAction(previous, form);
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // React resets the form after each submission: after a refusal, show what was typed again.
  const kept = state && !state.ok ? submitted : {};
  return (
    <form action={action} className="space-y-3">
      <Field label="Date" name="date" errors={errors?.date}>
        {(props) => <input {...props} type="date" required defaultValue={kept.date ?? ''} className={inputClass} />}
      </Field>
      <Field label="Name" name="name" errors={errors?.name}>
        {(props) => <input {...props} required maxLength={120} defaultValue={kept.name ?? ''} placeholder="e.g. Christmas Day" className={inputClass} />}
      </Field>
      <Field label="Where" name="countryCode" errors={errors?.countryCode} hint="A national holiday applies to the teams of that NGI only.">
        {(props) => (
          <select {...props} key={kept.countryCode ?? ''} defaultValue={kept.countryCode ?? ''} className={inputClass}>
            <option value="">Everywhere</option>
            {ngis.map((ngi) => (
              <option key={ngi.code} value={ngi.code}>
                {ngi.code} — {ngi.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pendingLabel="Adding…">Add holiday</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
