'use client';
// The release intake form (Technology Provider or coordinator): what the provider's ticket carried in
// the reference workflow, plus one package list per platform of the chosen product. Values stay after
// an error (ActionForm); cadence violations appear next to their field with an explicit override.
import { useState } from 'react';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { IntakeCatalog } from '@/lib/releases/queries';
import { RELEASE_TYPE_LABELS, RELEASE_TYPES } from '@/lib/releases/release-format';
import { CadenceOverride } from './cadence-override';
import { PackageLists } from './package-lists';

const TYPE_HINTS = {
  EMERGENCY: 'critical fix, any time',
  REVISION: 'bug fixes, at most every two weeks',
  MINOR: 'new functionality, at most monthly',
  MAJOR: 'not necessarily backwards compatible, at most yearly',
} as const;

export function ReleaseForm({ catalog, umdMajors, action }: { catalog: IntakeCatalog; umdMajors: string[]; action: FormAction }) {
  const [stackId, setStackId] = useState(catalog.length === 1 ? catalog[0]!.id : '');
  const [componentId, setComponentId] = useState('');
  const stack = catalog.find((s) => s.id === stackId);
  const component = stack?.components.find((c) => c.id === componentId);

  return (
    <ActionForm action={action} label="Submit a release" noValidate className="space-y-5">
      {({ errors }) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Middleware stack" name="stackId" errors={errors?.stackId}>
              {(props) => (
                <select {...props} className={inputClass} value={stackId} onChange={(e) => (setStackId(e.target.value), setComponentId(''))}>
                  <option value="">Choose a stack…</option>
                  {catalog.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Product (component)" name="componentId" errors={errors?.componentId} hint={stack ? undefined : 'Choose the stack first.'}>
              {(props) => (
                <select {...props} className={inputClass} value={componentId} disabled={!stack} onChange={(e) => setComponentId(e.target.value)}>
                  <option value="">Choose a product…</option>
                  {stack?.components.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="UMD major release" name="umdMajor" errors={errors?.umdMajor} hint="The stack major release it goes into, e.g. EMI-1.0.">
              {(props) => (
                <>
                  <input {...props} className={inputClass} list="umd-majors" autoComplete="off" placeholder="EMI-1.0" />
                  <datalist id="umd-majors">
                    {umdMajors.map((value) => (
                      <option key={value} value={value} />
                    ))}
                  </datalist>
                </>
              )}
            </Field>
            <Field label="Version" name="productVersion" errors={errors?.productVersion} hint="The product version, e.g. 1.8.0-1.">
              {(props) => <input {...props} className={inputClass} autoComplete="off" placeholder="1.8.0-1" />}
            </Field>
            <Field label="Release type" name="type" errors={errors?.type}>
              {(props) => (
                <select {...props} className={inputClass} defaultValue="">
                  <option value="" disabled>
                    Choose the type…
                  </option>
                  {RELEASE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {RELEASE_TYPE_LABELS[type]} — {TYPE_HINTS[type]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="flex items-end pb-2">
              <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                <input type="checkbox" name="security" className="h-4 w-4" /> Security release (fixes a vulnerability)
              </label>
            </div>
            <Field
              label="Embargoed until (UTC)"
              name="embargoedUntil"
              errors={errors?.embargoedUntil}
              hint="Security releases only, optional: until then only the coordinators, the stack's managers and the invited teams see it."
            >
              {(props) => <input {...props} type="datetime-local" className={inputClass} />}
            </Field>
          </div>
          <Field label="Release notes" name="releaseNotes" errors={errors?.releaseNotes} hint="Plain text; shown exactly as typed.">
            {(props) => <textarea {...props} rows={8} className={`${inputClass} font-mono`} />}
          </Field>
          <Field label="Documentation address" name="documentationUrl" errors={errors?.documentationUrl}>
            {(props) => <input {...props} type="url" className={inputClass} placeholder="https://" />}
          </Field>
          <Field label="Installation and configuration notes" name="installNotes" errors={errors?.installNotes}>
            {(props) => <textarea {...props} rows={5} className={`${inputClass} font-mono`} />}
          </Field>
          <PackageLists component={component} errors={errors?.packages} />
          <CadenceOverride errors={errors} />
          <SubmitButton pendingLabel="Submitting…">Submit release</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
