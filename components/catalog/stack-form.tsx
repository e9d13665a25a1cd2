'use client';
// Create or edit a middleware stack: provider, name, slug (fixed once created: it names the
// early-adopters-<slug> list), mailing list and staged-rollout repository.
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';

interface StackValues {
  id: string;
  version: number;
  slug: string;
  name: string;
  providerId: string;
  mailingList: string;
  repoUrl: string;
}

export function StackForm({ action, providers, stack }: { action: FormAction; providers: { id: string; name: string }[]; stack?: StackValues }) {
  return (
    <ActionForm
      action={action}
      label={stack ? `Edit ${stack.name}` : 'Add a stack'}
      hidden={stack ? { id: stack.id, version: String(stack.version) } : {}}
      className="grid gap-2 sm:grid-cols-2"
      noValidate
    >
      {({ errors }) => (
        <>
          <Field label="Stack name" name="name" errors={errors?.name}>
            {(props) => <input {...props} defaultValue={stack?.name} placeholder="e.g. ARC" className={inputClass} />}
          </Field>
          {!stack && (
            <Field label="Slug" name="slug" errors={errors?.slug} hint="Lower case; names the early-adopters-<slug> list.">
              {(props) => <input {...props} placeholder="e.g. arc" className={inputClass} />}
            </Field>
          )}
          <Field label="Technology Provider" name="providerId" errors={errors?.providerId}>
            {(props) => (
              <select {...props} defaultValue={stack?.providerId ?? ''} className={inputClass}>
                <option value="">Choose…</option>
                {providers.map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Mailing list" name="mailingList" errors={errors?.mailingList} hint="Empty: early-adopters-<slug>@ the list domain.">
            {(props) => <input {...props} type="email" defaultValue={stack?.mailingList} className={inputClass} />}
          </Field>
          <Field label="Staged-rollout repository URL" name="repoUrl" errors={errors?.repoUrl}>
            {(props) => <input {...props} type="url" defaultValue={stack?.repoUrl} placeholder="http://repository.egi.eu/…" className={inputClass} />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton>{stack ? 'Save' : 'Add stack'}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
