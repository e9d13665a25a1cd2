// /rollouts/<number>: the staged-rollout ticket. Why it is not done yet, the teams on it, the forms
// for whoever may act now (checked on the server), findings, reports and document, and the timeline.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { FollowButton } from '@/components/notify/follow-button';
import { AssignForm } from '@/components/rollout/assign-form';
import { DocumentCard } from '@/components/rollout/document-card';
import { EvidenceTable } from '@/components/rollout/evidence-table';
import { FindingForm } from '@/components/rollout/finding-forms';
import { FindingsList } from '@/components/rollout/findings-list';
import { CommentForm } from '@/components/rollout/manager-forms';
import { ManagerPanel } from '@/components/rollout/manager-panel';
import { ParticipantsTable } from '@/components/rollout/participants-table';
import { RolloutFacts } from '@/components/rollout/rollout-facts';
import { ReadinessBadge } from '@/components/rollout/readiness-badge';
import { ReadinessPanel } from '@/components/rollout/readiness-panel';
import { OutcomeBadge, RolloutStatusBadge } from '@/components/rollout/status-badges';
import { TeamPanel } from '@/components/rollout/team-panel';
import { Timeline } from '@/components/rollout/timeline';
import { VolunteerForm } from '@/components/rollout/volunteer-form';
import { RolloutEndpointsCard } from '@/components/gocdb/rollout-endpoints-card';
import { EmbargoBadge } from '@/components/releases/embargo-badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SupersessionCard } from '@/components/rollout/supersession-card';
import { formatDateTime } from '@/lib/format';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { getRolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { getRolloutTimeline } from '@/lib/rollout/get-timeline';
import { buildRolloutPageModel } from '@/lib/rollout/rollout-page-model';


type Params = { params: Promise<{ number: string }> };

function parseNumber(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Rollout #${(await params).number}` };
}

export default async function RolloutPage({ params }: Params) {
  const raw = (await params).number;
  const user = await requirePageUser(`/rollouts/${raw}`);
  const number = parseNumber(raw);
  const loaded = number ? await getRolloutDetail(number, user) : null;
  if (!loaded) notFound();
  const { rollout, overdueIds } = loaded;
  const now = new Date();
  const tz = user.timeZone;
  const [model, timeline] = await Promise.all([
    buildRolloutPageModel(user, rollout, now),
    getRolloutTimeline(rollout, tz),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={`#${rollout.number} ${rollout.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RolloutStatusBadge status={rollout.status} />
            <OutcomeBadge outcome={rollout.outcome} />
            {rollout.status !== 'RESOLVED' && <ReadinessBadge state={model.readiness.state} />}
            {rollout.acceptedWithOverride && <span>· accepted with override</span>}
            {rollout.releaseItem.release.embargoedUntil && rollout.releaseItem.release.embargoedUntil > now && (
              <EmbargoBadge until={formatDateTime(rollout.releaseItem.release.embargoedUntil, tz)} />
            )}
            <span>Owner: {rollout.owner?.name ?? 'Nobody'}</span>
            {rollout.document && <span>· Document #{rollout.document.number}</span>}
          </span>
        }
        actions={<FollowButton targetType="ROLLOUT" targetId={rollout.id} label={`rollout #${rollout.number}`} />}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <SupersessionCard
            rollout={rollout}
            timeZone={tz}
            shorten={model.canInvite && rollout.supersedes ? { min: model.policy.exposureMinDays, max: model.policy.exposureDefaultDays - 1 } : null}
          />
          <ReadinessPanel
            readiness={model.readiness}
            policy={model.policyText}
            resolution={rollout.outcome ? { outcome: rollout.outcome, overrideReason: rollout.acceptedWithOverride ? rollout.outcomeReason : null, overrideBy: rollout.overrideBy?.name ?? null } : null}
            autoAccept={model.autoAccept}
            timeZone={tz}
          />
          {model.myParticipations.map((p) => (
            <TeamPanel key={p.id} rollout={rollout} participation={p} now={now} timeZone={tz} exposureDays={rollout.exposureDays ?? model.policy.exposureDefaultDays} />
          ))}
          {model.volunteerTeams.length > 0 && (
            <Card title="Volunteers wanted" id="volunteer-title">
              <p className="mb-2 text-sm">The manager called for volunteers on the stack’s mailing list. Can your team take this test?</p>
              <VolunteerForm number={rollout.number} teams={model.volunteerTeams} />
            </Card>
          )}
          <Card title="Early Adopter teams" id="teams-title">
            {rollout.participations.length === 0 ? (
              <EmptyState title="No team on this rollout yet">{rollout.owner ? 'The manager selects the teams below.' : 'A manager must be assigned first.'}</EmptyState>
            ) : (
              <ParticipantsTable number={rollout.number} participations={rollout.participations} overdueIds={overdueIds} now={now} timeZone={tz} canMoveExposure={model.canMoveExposure} />
            )}
          </Card>
          <Suspense fallback={<div className="h-24 animate-pulse rounded-lg bg-slate-200" aria-label="Loading the GOCDB endpoints" />}>
            <RolloutEndpointsCard rolloutId={rollout.id} timeZone={tz} />
          </Suspense>
          <ManagerPanel rollout={rollout} proposals={model.proposals} template={model.template} listAddress={model.listAddress} resolve={model.resolve} />
          <Card title="Findings" id="findings-title">
            <div className="space-y-4">
              <FindingsList number={rollout.number} findings={rollout.findings} mayChange={model.mayChangeFinding} timeZone={tz} />
              {model.canLogFinding && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Log a finding</summary>
                  <div className="mt-3">
                    <FindingForm number={rollout.number} teams={model.findingTeams} />
                  </div>
                </details>
              )}
            </div>
          </Card>
          <Card title="Reports and document" id="reports-title">
            <div className="space-y-4">
              <EvidenceTable rollout={rollout} />
              <DocumentCard rollout={rollout} timeZone={tz} />
            </div>
          </Card>
          <Card title="Timeline" id="timeline-title">
            <div className="space-y-4">
              <Timeline entries={timeline} timeZone={tz} />
              {model.canComment && <CommentForm number={rollout.number} />}
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title="Ticket" id="facts-title">
            <RolloutFacts rollout={rollout} timeZone={tz} />
          </Card>
          {model.canAssign && model.managers && (
            <Card title={rollout.owner ? 'Re-assign' : 'Assign to a manager'} id="assign-title">
              <AssignForm number={rollout.number} version={rollout.version} stackName={rollout.releaseItem.release.stack.name} managers={model.managers} currentOwnerId={rollout.ownerId} />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
