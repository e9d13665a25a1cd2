// /catalog: the component catalogue — components (filterable table), Technology Providers, stacks and
// platforms. Everyone signed in may read it; Early Adopters admins edit it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogReference } from '@/components/catalog/catalog-reference';
import { ComponentsTable } from '@/components/catalog/components-table';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { CAPABILITIES, CAPABILITY_LABELS } from '@/lib/catalog/capabilities';
import { getCatalogOverview } from '@/lib/catalog/get-catalog';
import { listComponents } from '@/lib/catalog/list-components';
import { COMPONENT_SORTS, componentTableParams } from '@/lib/catalog/table-params';

export const metadata: Metadata = { title: 'Component catalogue' };

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/catalog');
  const canEdit = can(user, 'catalog.edit');
  const state = componentTableParams.parse(await searchParams);
  const [page, catalog] = await Promise.all([listComponents(state, user), getCatalogOverview()]);
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return (
    <div className="space-y-8">
      <PageHeader
        title="Component catalogue"
        description="Technology Providers ship stacks made of components, each in a UMD capability category and shipped on some platforms. Retired components keep their history but take no new commitments."
        actions={
          canEdit ? (
            <Link href="/catalog/components/new" className={buttonClass('primary')}>
              New component
            </Link>
          ) : undefined
        }
      />
      <ComponentsTable
        data={page.rows}
        total={page.total}
        state={{ ...state, page: page.page }}
        defaults={componentTableParams.defaults}
        perPageOptions={componentTableParams.perPageOptions}
        sortable={COMPONENT_SORTS}
        filters={[
          { id: 'q', label: 'Search', type: 'search', placeholder: 'Component, stack or description' },
          { id: 'stack', label: 'Stack', type: 'select', options: catalog.stacks.map((s) => ({ value: s.slug, label: s.name })) },
          { id: 'capability', label: 'Capability', type: 'select', options: CAPABILITIES.map((c) => ({ value: c, label: CAPABILITY_LABELS[c] })) },
          { id: 'os', label: 'OS', type: 'select', options: sorted(catalog.platforms.map((p) => p.os)).map((os) => ({ value: os, label: os })) },
          { id: 'arch', label: 'Arch', type: 'select', options: sorted(catalog.platforms.map((p) => p.arch)).map((arch) => ({ value: arch, label: arch })) },
          { id: 'status', label: 'Status', type: 'select', allLabel: 'Live', options: [{ value: 'retired', label: 'Retired' }, { value: 'all', label: 'Live and retired' }] },
        ]}
      />
      <CatalogReference catalog={catalog} canEdit={canEdit} />
    </div>
  );
}
