'use client';

import { addHolidayAction } from '@/app/(app)/admin/holidays/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm } from '@/components/ui/action-form';

export function HolidayForm({ ngis }: { ngis: { code: string; name: string }[] }) {
  return (
    <ActionForm action={addHolidayAction}>
      {({ errors }) => (
        <>
          <Field label="Date" name="date" errors={errors?.date}>
            {(props) => <input {...props} type="date" required className={inputClass} />}
          </Field>
          <Field label="Name" name="name" errors={errors?.name}>
            {(props) => <input {...props} required maxLength={120} placeholder="e.g. Christmas Day" className={inputClass} />}
          </Field>
          <Field label="Where" name="countryCode" errors={errors?.countryCode} hint="A national holiday applies to the teams of that NGI only.">
            {(props) => (
              <select {...props} defaultValue="" className={inputClass}>
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
        </>
      )}
    </ActionForm>
  );
}
