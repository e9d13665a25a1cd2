// /catalog/components/<id>: one component — stack, capability, platforms, versions (releases),
// committed teams, history; admins edit, retire and unretire it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { EntityHistory } from '@/components/audit/entity-history';
import { ComponentForm } from '@/components/catalog/component-form';
import { ComponentVersions } from '@/components/catalog/component-versions';
import { TestPlanCard } from '@/components/catalog/test-plan-card';
import { currentTestPlan, mayEditTestPlan } from '@/lib/catalog/test-plan';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { CAPABILITY_LABELS } from '@/lib/catalog/capabilities';
import { getCatalogOverview, getComponent } from '@/lib/catalog/get-catalog';
import { formatDate } from '@/lib/format';
import { retireComponentAction, updateComponentAction } from '../../actions';

export const metadata: Metadata = { title: 'Component' };

export default async function ComponentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requirePageUser(`/catalog/components/${id}`);
  const component = await getComponent(id, user);
  if (!component) notFound();
  const canEdit = can(user, 'catalog.edit');
  const [catalog, testPlan] = await Promise.all([canEdit ? getCatalogOverview() : null, currentTestPlan(component.id)]);
  const teams = new Set(component.commitments.filter((c) => !c.team.retiredAt).map((c) => c.team.name));
  const created = (await searchParams).created === '1';
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/catalog" className="text-brand-700 hover:underline">
          Catalogue
        </Link>{' '}
        / {component.stack.name} / {component.name}
      </nav>
      <PageHeader
        title={component.name}
        description={`${component.stack.name} (${component.stack.provider.name}) · ${CAPABILITY_LABELS[component.capability]}`}
        actions={
          canEdit ? (
            <InlineActionForm
              action={retireComponentAction}
              hidden={{ id: component.id, version: String(component.version), retire: component.retiredAt ? 'false' : 'true' }}
              label={component.retiredAt ? `Unretire ${component.name}` : `Retire ${component.name}`}
              variant={component.retiredAt ? 'secondary' : 'danger'}
              confirm={component.retiredAt ? undefined : `Retire ${component.name}? Teams keep their commitments and history; no new commitments.`}
            >
              {component.retiredAt ? 'Unretire' : 'Retire'}
            </InlineActionForm>
          ) : undefined
        }
      />
      {created && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          {component.name} added to the catalogue.
        </p>
      )}
      {component.retiredAt && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Retired on {formatDate(component.retiredAt)}: no new commitments. Past commitments, releases and rollouts are kept.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Test plan (${testPlan.length})`} id="test-plan">
          <TestPlanCard componentId={component.id} items={testPlan} canEdit={mayEditTestPlan(user, component.stackId)} />
        </Card>
        <Card title="Details">
          {component.description && <p className="mb-2 text-sm">{component.description}</p>}
          <p className="text-sm">
            Ships on:{' '}
            {component.platforms.map((link) => `${link.platform.os} ${link.platform.arch}`).sort().join(', ') || <span className="text-slate-500">no platform yet</span>}
          </p>
          <p className="mt-1 text-sm">
            Committed teams: {teams.size}{' '}
            {teams.size < 2 && <Badge tone={teams.size === 0 ? 'danger' : 'warning'}>{teams.size === 0 ? 'not covered' : 'no redundancy'}</Badge>}
          </p>
        </Card>
        <Card title={`Commitments (${component.commitments.length})`}>
          {component.commitments.length === 0 ? (
            <p className="text-sm text-slate-600">No team has committed to this component.</p>
          ) : (
            <ul className="text-sm">
              {component.commitments.map((c) => (
                <li key={c.id}>
                  <Link href={`/teams/${encodeURIComponent(c.team.name)}`} className="text-brand-700 hover:underline">
                    {c.team.name}
                  </Link>{' '}
                  {c.platform.os} {c.platform.arch} {c.team.retiredAt && <Badge tone="warning">team retired</Badge>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <ComponentVersions releases={component.releases} />
      {canEdit && catalog && (
        <Card title="Edit component">
          <ComponentForm
            action={updateComponentAction}
            stacks={catalog.stacks}
            platforms={catalog.platforms.filter((p) => !p.retiredAt || component.platforms.some((link) => link.platformId === p.id))}
            component={{ id: component.id, version: component.version, name: component.name, capability: component.capability, description: component.description, platformIds: component.platforms.map((l) => l.platformId), gocdbServiceType: component.gocdbServiceType }}
          />
        </Card>
      )}
      <Suspense fallback={<div className="h-32 animate-pulse rounded-lg bg-slate-200" />}>
        <EntityHistory entityType="Component" entityId={component.id} />
      </Suspense>
    </div>
  );
}
