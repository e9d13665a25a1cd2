// What one of the signed-in member's teams can do on this rollout, depending on where it stands:
// answer the invitation, or (taking part) beta flag, notes, exposure, report, withdraw.
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import type { DetailParticipation, RolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { isActiveParticipation } from '@/lib/rollout/participation-machine';
import { expectedReportNames } from '@/lib/rollout/report-file';
import { Countdown } from './countdown';
import { ReplyButtons } from './reply-buttons';
import { ReportForm } from './report-form';
import { ParticipationBadge } from './status-badges';
import { BetaForm, NotesForm, StartExposureForm, WithdrawForm } from './team-work-forms';

export function TeamPanel({
  rollout,
  participation: p,
  now,
  timeZone,
  exposureDays,
}: {
  rollout: RolloutDetail;
  participation: DetailParticipation;
  now: Date;
  timeZone: string;
  /** The policy's default exposure for this release. */
  exposureDays: number;
}) {
  const { release } = rollout.releaseItem;
  const open = rollout.status === 'OPEN';
  const base = { number: rollout.number, teamId: p.teamId, teamName: p.team.name, version: p.version };
  const active = isActiveParticipation(p.status);
  const evidence = {
    productVersion: release.productVersion,
    os: rollout.releaseItem.platform.os,
    arch: rollout.releaseItem.platform.arch,
    testPlan: release.component.testPlan,
    ticked: p.report?.testedItems.map((item) => item.testPlanItemId) ?? [],
  };
  const names = expectedReportNames({ ngiCode: p.team.site.ngi.code, siteName: p.team.site.name, stack: release.stack.name, component: release.component.name, version: release.productVersion });
  return (
    <Card title={`Your team: ${p.team.name}`} id={`team-${p.teamId}`} actions={<ParticipationBadge status={p.status} />}>
      <div className="space-y-4">
        {p.status === 'INVITED' && open && (
          <div className="space-y-2">
            <p className="text-sm">
              Your team is invited to this staged rollout. Please answer by <strong>{formatDateTime(p.replyDueAt, p.team.site.timeZone)}</strong> (1 working day),
              here or by replying to the e-mail with <span className="font-mono">accept {p.team.site.ngi.code}-{p.team.site.name}</span>.
            </p>
            <ReplyButtons {...base} />
          </div>
        )}
        {p.status === 'DECLINED' && <p className="text-sm text-slate-600">Your team declined this rollout.</p>}
        {active && open && (
          <>
            <div className="space-y-1">
              <BetaForm {...base} beta={p.beta} since={p.betaSetAt ? formatDateTime(p.betaSetAt, timeZone) : undefined} />
              {p.beta && <p className="text-xs text-amber-900">Remember to remove the beta flag in GOCDB when the rollout ends.</p>}
            </div>
            <NotesForm {...base} installNotes={p.installNotes} />
            {p.exposureStart && p.exposureEnd ? (
              <p className="text-sm">
                Exposed to production since {formatDateTime(p.exposureStart, timeZone)} until {formatDateTime(p.exposureEnd, timeZone)}:{' '}
                <Countdown end={p.exposureEnd.toISOString()} initialNow={now.toISOString()} />
              </p>
            ) : (
              <StartExposureForm {...base} days={exposureDays} />
            )}
            {p.report ? (
              <details>
                <summary className="cursor-pointer font-medium">
                  Report sent: {p.report.fileName} ({p.report.recommendation}) — replace it…
                </summary>
                <div className="mt-3">
                  <ReportForm {...base} expectedNames={names} replacing evidence={evidence} />
                </div>
              </details>
            ) : (
              <div>
                <h3 className="mb-2 font-medium">Report</h3>
                <ReportForm {...base} expectedNames={names} replacing={false} evidence={evidence} />
              </div>
            )}
            {!p.report && <WithdrawForm {...base} />}
          </>
        )}
        {!open && p.beta && (
          <div className="space-y-2">
            <p className="text-sm text-amber-900">The rollout is resolved but your service still carries the beta flag: remove it in GOCDB and record it here.</p>
            <BetaForm {...base} beta since={p.betaSetAt ? formatDateTime(p.betaSetAt, timeZone) : undefined} />
          </div>
        )}
      </div>
    </Card>
  );
}
