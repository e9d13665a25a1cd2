'use client';
// Technology Provider and platform forms of the catalogue page (create and edit).
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, type FormAction } from './action-form';

export function ProviderForm({ action, provider }: { action: FormAction; provider?: { id: string; version: number; name: string; external: boolean } }) {
  return (
    <ActionForm
      action={action}
      label={provider ? `Edit ${provider.name}` : 'Add a Technology Provider'}
      submitLabel={provider ? 'Save' : 'Add provider'}
      hidden={provider ? { id: provider.id, version: String(provider.version) } : {}}
      resetOnSuccess={!provider}
    >
      {(errors) => (
        <>
          <Field label="Provider name" name="name" errors={errors?.name}>
            {(props) => <input {...props} defaultValue={provider?.name} placeholder="e.g. EMI" className={inputClass} />}
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="external" defaultChecked={provider?.external ?? true} /> External (not EGI internal)
          </label>
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
      submitLabel={platform ? 'Save' : 'Add platform'}
      hidden={platform ? { id: platform.id, version: String(platform.version) } : {}}
      className="grid gap-2 sm:grid-cols-2"
      resetOnSuccess={!platform}
    >
      {(errors) => (
        <>
          <Field label="OS" name="os" errors={errors?.os}>
            {(props) => <input {...props} defaultValue={platform?.os} placeholder="e.g. SL6" className={inputClass} />}
          </Field>
          <Field label="Architecture" name="arch" errors={errors?.arch}>
            {(props) => <input {...props} defaultValue={platform?.arch} placeholder="e.g. x86_64" className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
