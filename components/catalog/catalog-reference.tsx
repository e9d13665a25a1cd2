// Providers, stacks, platforms and NGIs of the catalogue: listed for everyone (retired ones marked, since
// history refers to them), edited, retired and brought back by admins in place.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { CatalogOverview } from '@/lib/catalog/get-catalog';
import { createPlatformAction, createProviderAction, createStackAction, updatePlatformAction, updateProviderAction, updateStackAction } from '@/app/(app)/catalog/actions';
import { PlatformForm, ProviderForm } from './provider-forms';
import { RetireEntryButton } from './retire-entry-button';
import { StackForm } from './stack-form';

function EditDetails({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{label}</summary>
      <div className="mt-2 rounded border border-slate-200 p-3">{children}</div>
    </details>
  );
}

const Retired = ({ entry }: { entry: { retiredAt: Date | null } }) => (entry.retiredAt ? <Badge tone="warning">retired</Badge> : null);

export function CatalogReference({ catalog, canEdit }: { catalog: CatalogOverview; canEdit: boolean }) {
  // A stack keeps its provider in the picker even once that provider is retired (StackForm adds it back).
  const providers = catalog.providers.filter((p) => !p.retiredAt).map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Technology Providers" id="providers">
        <ul className="divide-y divide-slate-100 text-sm">
          {catalog.providers.map((provider) => (
            <li key={provider.id} className="py-2">
              <span className="font-medium">{provider.name}</span> <Badge>{provider.external ? 'external' : 'EGI internal'}</Badge>{' '}
              <span className="text-slate-500">{provider._count.stacks} stack(s)</span> <Retired entry={provider} />
              {canEdit && (
                <>
                  {' '}
                  <RetireEntryButton kind="technologyProvider" entry={provider} name={provider.name} effect="No new stacks of it" />
                  <EditDetails label={`Edit ${provider.name}`}>
                    <ProviderForm action={updateProviderAction} provider={provider} />
                  </EditDetails>
                </>
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
              </span>{' '}
              <Retired entry={platform} />
              {canEdit && (
                <>
                  {' '}
                  <RetireEntryButton kind="platform" entry={platform} name={`${platform.os} ${platform.arch}`} effect="No new components, commitments or packages on it" />
                  <EditDetails label={`Edit ${platform.os} ${platform.arch}`}>
                    <PlatformForm action={updatePlatformAction} platform={platform} />
                  </EditDetails>
                </>
              )}
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
                <code>{stack.slug}</code> · {stack._count.components} live components <Retired entry={stack} />
                {stack.mailingList && (
                  <>
                    {' '}
                    · list <a href={`mailto:${stack.mailingList}`} className="text-brand-700 underline">{stack.mailingList}</a>
                  </>
                )}
                {stack.repoUrl && <span className="block break-all text-xs text-slate-500">repository {stack.repoUrl}</span>}
                {canEdit && (
                  <>
                    <RetireEntryButton kind="stack" entry={stack} name={stack.name} effect="No new components, commitments or releases" />
                    <EditDetails label={`Edit ${stack.name}`}>
                      <StackForm action={updateStackAction} providers={withCurrent(providers, stack.provider)} stack={stack} />
                    </EditDetails>
                  </>
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
      <Card title="NGIs" id="ngis">
        <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
          {catalog.ngis.map((ngi) => (
            <li key={ngi.id}>
              <span className="font-medium">{ngi.code}</span> <span className="text-slate-500">{ngi.name}</span> <Retired entry={ngi} />
              {canEdit && (
                <>
                  {' '}
                  <RetireEntryButton kind="ngi" entry={ngi} name={`NGI ${ngi.code}`} effect="No new teams in it" />
                </>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

/** The live choices, plus the entry's current one when it has been retired since. */
function withCurrent(choices: { id: string; name: string }[], current: { id: string; name: string }) {
  return choices.some((choice) => choice.id === current.id) ? choices : [...choices, current];
}
