'use client';
// Create or edit a component: stack (fixed once created), name, UMD capability, description and the
// platforms it ships on (commitments are only allowed on those).
import { FieldError } from '@/components/ui/field-error';
import { Field, inputClass } from '@/components/ui/field';
import { CAPABILITIES, CAPABILITY_LABELS } from '@/lib/catalog/capabilities';
import type { Capability } from '@/lib/generated/prisma/enums';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';

interface ComponentValues {
  id: string;
  version: number;
  name: string;
  capability: Capability;
  description: string;
  platformIds: string[];
  gocdbServiceType: string | null;
}

export function ComponentForm({
  action,
  stacks,
  platforms,
  component,
}: {
  action: FormAction;
  stacks: { id: string; name: string; provider: { name: string } }[];
  platforms: { id: string; os: string; arch: string }[];
  component?: ComponentValues;
}) {
  return (
    <ActionForm
      action={action}
      label={component ? `Edit ${component.name}` : 'New component'}
      hidden={component ? { id: component.id, version: String(component.version) } : {}}
      className="max-w-2xl space-y-4"
      noValidate
    >
      {({ errors }) => (
        <>
          {!component && (
            <Field label="Stack" name="stackId" errors={errors?.stackId}>
              {(props) => (
                <select {...props} defaultValue="" className={inputClass}>
                  <option value="">Choose…</option>
                  {stacks.map((stack) => (
                    <option key={stack.id} value={stack.id}>
                      {stack.name} ({stack.provider.name})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Component name" name="name" errors={errors?.name} hint="As in ticket titles, e.g. SE-DPM_mysql, CREAM, ARC-CE.">
            {(props) => <input {...props} defaultValue={component?.name} className={inputClass} />}
          </Field>
          <Field label="UMD capability" name="capability" errors={errors?.capability}>
            {(props) => (
              <select {...props} defaultValue={component?.capability ?? ''} className={inputClass}>
                <option value="">Choose…</option>
                {CAPABILITIES.map((capability) => (
                  <option key={capability} value={capability}>
                    {CAPABILITY_LABELS[capability]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Description (optional)" name="description" errors={errors?.description}>
            {(props) => <textarea {...props} rows={2} defaultValue={component?.description} className={inputClass} />}
          </Field>
          <Field
            label="GOCDB service type (optional)"
            name="gocdbServiceType"
            errors={errors?.gocdbServiceType}
            hint="The SERVICE_TYPE of this component's services in GOCDB (e.g. CREAM-CE, SRM): the GOCDB sync reads those endpoints and their beta flag."
          >
            {(props) => <input {...props} defaultValue={component?.gocdbServiceType ?? ''} autoComplete="off" className={inputClass} />}
          </Field>
          <fieldset aria-describedby={errors?.platformIds ? 'platform-errors' : undefined}>
            <legend className="text-sm font-medium text-slate-800">Ships on</legend>
            <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
              {platforms.map((platform) => (
                <label key={platform.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="platformIds" value={platform.id} defaultChecked={component?.platformIds.includes(platform.id)} />
                  {platform.os} {platform.arch}
                </label>
              ))}
            </div>
            <FieldError id="platform-errors" errors={errors?.platformIds} />
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton>{component ? 'Save changes' : 'Create component'}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
