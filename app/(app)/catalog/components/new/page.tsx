// /catalog/components/new: an admin adds a component to a stack.
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { ComponentForm } from '@/components/catalog/component-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getCatalogOverview } from '@/lib/catalog/get-catalog';
import { createComponentAction } from '../../actions';

export const metadata: Metadata = { title: 'New component' };

export default async function NewComponentPage() {
  const user = await requirePageUser('/catalog/components/new');
  if (!can(user, 'catalog.edit')) forbidden();
  const catalog = await getCatalogOverview();
  return (
    <div>
      <PageHeader title="New component" description="A product of a stack, in a UMD capability category, shipped on one or more platforms." />
      <ComponentForm action={createComponentAction} stacks={catalog.stacks.filter((s) => !s.retiredAt)} platforms={catalog.platforms.filter((p) => !p.retiredAt)} />
    </div>
  );
}
