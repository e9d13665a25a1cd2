// /releases/new: the release intake form (Technology Providers and Staged Rollout Coordinators).
import type { Metadata } from 'next';
import { ReleaseForm } from '@/components/releases/release-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAtAll } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getIntakeCatalog, listKnownUmdMajors } from '@/lib/releases/queries';
import { submitReleaseAction } from '../actions';

export const metadata: Metadata = { title: 'Submit a release' };

export default async function NewReleasePage() {
  const user = await requirePageUser('/releases/new');
  if (!canAtAll(user, 'release.submit')) {
    return (
      <div>
        <PageHeader title="Submit a release" />
        <EmptyState title="Only Technology Providers and Staged Rollout Coordinators submit releases.">
          If you ship middleware for the UMD, ask an Early Adopters admin to add you to the technology-providers group.
        </EmptyState>
      </div>
    );
  }
  const [catalog, umdMajors] = await Promise.all([getIntakeCatalog(), listKnownUmdMajors(user)]);
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Submit a release"
        description="Creates the sw-rel ticket and one child ticket per platform with packages. Verification (SA2) then staged rollout by Early Adopter sites follow."
      />
      <ReleaseForm catalog={catalog} umdMajors={umdMajors} action={submitReleaseAction} />
    </div>
  );
}
