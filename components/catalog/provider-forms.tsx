'use client';
// Technology Provider and platform forms of the catalogue page (create and edit).
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';

export function ProviderForm({ action, provider }: { action: FormAction; provider?: { id: string; version: number; name: string; external: boolean } }) {
  return (
    <ActionForm
      action={action}
      label={provider ? `Edit ${provider.name}` : 'Add a Technology Provider'}
      hidden={provider ? { id: provider.id, version: String(provider.version) } : {}}
      noValidate
    >
      {({ errors }) => (
        <>
          <Field label="Provider name" name="name" errors={errors?.name}>
            {(props) => <input {...props} defaultValue={provider?.name} placeholder="e.g. EMI" className={inputClass} />}
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="external" defaultChecked={provider?.external ?? true} /> External (not EGI internal)
          </label>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton>{provider ? 'Save' : 'Add provider'}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function PlatformForm({ action, platform }: { action: FormAction; platform?: { id: string; version: number; os: string; arch: string } }) {
  return (
    <ActionForm
      action={action}
      label={platform ? `Edit ${platform.os} ${platform.arch}` : 'Add a platform'}
      hidden={platform ? { id: platform.id, version: platform.version } : {}}
      className="grid gap-2 sm:grid-cols-2"
      noValidate
    >
      {({ errors }) => (
        <>
          <Field label="OS" name="os" errors={errors?.os}>
            {(props) => <input {...props} defaultValue={platform?.os} placeholder="e.g. SL6" className={inputClass} />}
          </Field>
          <Field label="Architecture" name="arch" errors={errors?.arch}>
            {(props) => <input {...props} defaultValue={platform?.arch} placeholder="e.g. x86_64" className={inputClass} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton>{platform ? 'Save' : 'Add platform'}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
