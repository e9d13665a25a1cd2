// Providers, stacks and platforms of the catalogue: listed for everyone, edited by admins in place.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { CatalogOverview } from '@/lib/catalog/get-catalog';
import { createPlatformAction, createProviderAction, createStackAction, updateProviderAction, updateStackAction } from '@/app/(app)/catalog/actions';
import { PlatformForm, ProviderForm } from './provider-forms';
import { StackForm } from './stack-form';

function EditDetails({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{label}</summary>
      <div className="mt-2 rounded border border-slate-200 p-3">{children}</div>
    </details>
  );
}

export function CatalogReference({ catalog, canEdit }: { catalog: CatalogOverview; canEdit: boolean }) {
  const providers = catalog.providers.map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Technology Providers" id="providers">
        <ul className="divide-y divide-slate-100 text-sm">
          {catalog.providers.map((provider) => (
            <li key={provider.id} className="py-2">
              <span className="font-medium">{provider.name}</span> <Badge>{provider.external ? 'external' : 'EGI internal'}</Badge>{' '}
              <span className="text-slate-500">{provider._count.stacks} stack(s)</span>
              {canEdit && (
                <EditDetails label={`Edit ${provider.name}`}>
                  <ProviderForm action={updateProviderAction} provider={provider} />
                </EditDetails>
              )}
            </li>
          ))}
        </ul>
        {canEdit && (
          <EditDetails label="Add a Technology Provider">
            <ProviderForm action={createProviderAction} />
          </EditDetails>
        )}
      </Card>
      <Card title="Platforms (OS + architecture)" id="platforms">
        <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
          {catalog.platforms.map((platform) => (
            <li key={platform.id}>
              <span className="font-medium">
                {platform.os} {platform.arch}
              </span>{' '}
              <span className="text-slate-500">
                {platform._count.components} components, {platform._count.commitments} commitments
              </span>
            </li>
          ))}
        </ul>
        {canEdit && (
          <EditDetails label="Add a platform">
            <PlatformForm action={createPlatformAction} />
          </EditDetails>
        )}
      </Card>
      <div className="lg:col-span-2">
        <Card title="Stacks" id="stacks">
          <ul className="divide-y divide-slate-100 text-sm">
            {catalog.stacks.map((stack) => (
              <li key={stack.id} className="py-2">
                <span className="font-medium">{stack.name}</span> <span className="text-slate-500">({stack.provider.name})</span> ·{' '}
                <code>{stack.slug}</code> · {stack._count.components} live components
                {stack.mailingList && (
                  <>
                    {' '}
                    · list <a href={`mailto:${stack.mailingList}`} className="text-brand-700 underline">{stack.mailingList}</a>
                  </>
                )}
                {stack.repoUrl && <span className="block break-all text-xs text-slate-500">repository {stack.repoUrl}</span>}
                {canEdit && (
                  <EditDetails label={`Edit ${stack.name}`}>
                    <StackForm action={updateStackAction} providers={providers} stack={stack} />
                  </EditDetails>
                )}
              </li>
            ))}
          </ul>
          {canEdit && (
            <EditDetails label="Add a stack">
              <StackForm action={createStackAction} providers={providers} />
            </EditDetails>
          )}
        </Card>
      </div>
    </div>
  );
}
