// /releases/<number>: the `sw-rel` parent ticket: everything submitted, the cadence override and skip
// justification when there are any, each child PPA with its verification actions, and the history.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityHistory } from '@/components/audit/entity-history';
import { EmbargoBadge } from '@/components/releases/embargo-badge';
import { EmbargoCard } from '@/components/releases/embargo-card';
import { ItemActions } from '@/components/releases/item-actions';
import { ReleaseItemCard } from '@/components/releases/release-item-card';
import { ReleaseSummary } from '@/components/releases/release-summary';
import { PlainText } from '@/components/releases/plain-text';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getReleaseByNumber } from '@/lib/releases/queries';
import { readinessOfOpenRollouts } from '@/lib/readiness/open-readiness';
import type { Readiness } from '@/lib/readiness/readiness';
import { platformLabel, releaseRef } from '@/lib/releases/release-format';
import { manualTargetsFrom } from '@/lib/releases/release-item-machine';
import { transitionItemAction } from '../actions';


type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `sw-rel #${(await params).number}` };
}

export default async function ReleasePage({ params, searchParams }: { params: Params; searchParams: Promise<{ submitted?: string }> }) {
  const { number } = await params;
  const user = await requirePageUser(`/releases/${number}`);
  const release = /^\d{1,9}$/.test(number) ? await getReleaseByNumber(Number(number), user) : null;
  if (!release) notFound();
  const justSubmitted = (await searchParams).submitted === '1';
  const openRollouts = release.items.flatMap((item) => (item.rollout && item.rollout.status !== 'RESOLVED' ? [item.rollout.id] : []));
  const now = new Date();
  const readiness = openRollouts.length ? await readinessOfOpenRollouts(now, openRollouts) : new Map<string, Readiness>();
  const mayVerify = can(user, 'release.verify', { stackId: release.stack.id });
  const maySkip = can(user, 'release.skipRollout', { stackId: release.stack.id });

  return (
    <div className="space-y-6">
      <PageHeader
        title={`${releaseRef(release.number)}: ${release.component.name} ${release.productVersion}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {release.embargoedUntil && release.embargoedUntil > now && <EmbargoBadge until={formatDateTime(release.embargoedUntil, user.timeZone)} />}
            {`${release.stack.name} · ${release.umdMajor} · one child ticket per platform`}
          </span>
        }
      />
      {justSubmitted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Release submitted as {releaseRef(release.number)} with {release.items.length} child ticket{release.items.length === 1 ? '' : 's'}. Verification
          (SA2) comes next.
        </p>
      )}
      <ReleaseSummary release={release} timeZone={user.timeZone} />
      {release.security && (
        <EmbargoCard
          number={release.number}
          version={release.version}
          embargoedUntil={release.embargoedUntil && release.embargoedUntil > now ? release.embargoedUntil.toISOString() : null}
          liftReason={release.embargoLiftReason}
          liftedAt={release.embargoLiftedAt?.toISOString() ?? null}
          maySet={can(user, 'release.embargo', { userId: release.submittedById ?? '' })}
          mayLift={can(user, 'release.liftEmbargo')}
        />
      )}
      {release.cadenceOverride && (
        <Card title="Release cadence overridden" id="cadence-override">
          <PlainText text={release.cadenceOverride} label="Reason for overriding the release cadence" />
        </Card>
      )}
      {release.skipJustification && (
        <Card title="Staged rollout skipped (emergency release)" id="skip-justification">
          <p className="mb-2 text-sm text-slate-600">Counted as &ldquo;No test&rdquo; in the metrics.</p>
          <PlainText text={release.skipJustification} label="Justification for skipping staged rollout" />
        </Card>
      )}
      <Card title="Release notes" id="release-notes">
        <PlainText text={release.releaseNotes} label="Release notes" />
      </Card>
      <Card title="Installation and configuration notes" id="install-notes">
        <PlainText text={release.installNotes} label="Installation and configuration notes" />
      </Card>
      <section aria-labelledby="ppas" className="space-y-3">
        <h2 id="ppas" className="text-lg font-semibold text-slate-900">
          Platforms ({release.items.length})
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {release.items.map((item) => {
            const targets = manualTargetsFrom(item.state, release.type).filter((to) => (to === 'SKIPPED_ROLLOUT' ? maySkip : mayVerify));
            return (
              <ReleaseItemCard key={item.id} item={item} timeZone={user.timeZone} readiness={item.rollout ? readiness.get(item.rollout.id)?.state : undefined}>
                <ItemActions
                  item={{ releaseNumber: release.number, itemId: item.id, version: item.version, platform: platformLabel(item.platform) }}
                  targets={targets}
                  action={transitionItemAction}
                />
              </ReleaseItemCard>
            );
          })}
        </div>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <EntityHistory entityType="Release" entityId={release.id} title="History of the release" />
        {release.items.map((item) => (
          <EntityHistory key={item.id} entityType="ReleaseItem" entityId={item.id} title={`History of ${platformLabel(item.platform)}`} />
        ))}
      </div>
    </div>
  );
}
