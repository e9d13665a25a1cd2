// The teams on a rollout (the RT ticket's "Admin CC" made visible): status, when they replied or are
// due (overdue flagged), beta flag, exposure with its countdown, and their report.
import { Badge } from '@/components/ui/badge';
import { dateTimeLocalValue, formatShortDateTime } from '@/lib/format';
import type { DetailParticipation } from '@/lib/rollout/get-rollout-detail';
import { isReplyOverdue } from '@/lib/rollout/why-not-done';
import { Countdown } from './countdown';
import { ExposureEndForm } from './manager-forms';
import { ParticipationBadge } from './status-badges';

export function ParticipantsTable({
  number,
  participations,
  overdueIds,
  now,
  timeZone,
  canMoveExposure,
}: {
  number: number;
  participations: DetailParticipation[];
  overdueIds: Set<string>;
  now: Date;
  timeZone: string;
  canMoveExposure: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="pb-1 text-left text-xs text-slate-500">Times in {timeZone}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2">Team</th>
            <th scope="col" className="px-2 py-2">Status</th>
            <th scope="col" className="px-2 py-2">Replied / due</th>
            <th scope="col" className="px-2 py-2">Beta</th>
            <th scope="col" className="px-2 py-2">Exposure</th>
            <th scope="col" className="px-2 py-2">Report</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {participations.map((p) => {
            const lateReply = isReplyOverdue(p, now);
            const lateReport = !lateReply && overdueIds.has(p.id);
            return (
              <tr key={p.id} data-team={p.team.name} className="align-top">
                <th scope="row" className="px-2 py-2 text-left font-medium">
                  {p.team.name}
                  <span className="block text-xs font-normal text-slate-500">{p.team.site.timeZone}</span>
                </th>
                <td className="px-2 py-2">
                  <span className="flex flex-wrap gap-1">
                    <ParticipationBadge status={p.status} />
                    {(lateReply || lateReport) && <Badge tone="danger">{lateReply ? 'reply overdue' : 'report overdue'}</Badge>}
                  </span>
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {p.repliedAt ? (
                    <>
                      {formatShortDateTime(p.repliedAt, timeZone)}
                      <span className="block text-xs text-slate-500">{p.replyChannel === 'email' ? 'by e-mail' : p.replyChannel === 'volunteer' ? 'volunteered' : 'in the app'}</span>
                    </>
                  ) : p.replyDueAt ? (
                    <span className={lateReply ? 'text-red-700' : ''}>
                      due {formatShortDateTime(p.replyDueAt, timeZone)}
                      {p.team.site.timeZone !== timeZone && <span className="block text-xs text-slate-500">{formatShortDateTime(p.replyDueAt, p.team.site.timeZone)} at the site</span>}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="px-2 py-2">
                  {p.beta ? <Badge tone="warning">set {formatShortDateTime(p.betaSetAt, timeZone)}</Badge> : p.betaRemovedAt ? <span className="text-xs text-slate-600">removed {formatShortDateTime(p.betaRemovedAt, timeZone)}</span> : '—'}
                </td>
                <td className="px-2 py-2">
                  {p.exposureStart && p.exposureEnd ? (
                    <div className="space-y-1">
                      <p className="whitespace-nowrap text-xs">
                        {formatShortDateTime(p.exposureStart, timeZone)} → {formatShortDateTime(p.exposureEnd, timeZone)}
                      </p>
                      {!p.report && <Countdown end={p.exposureEnd.toISOString()} initialNow={now.toISOString()} />}
                      {p.exposureReason && <p className="text-xs text-amber-900">Outside the policy: {p.exposureReason}</p>}
                      {canMoveExposure && <ExposureEndForm number={number} teamId={p.teamId} teamName={p.team.name} version={p.version} current={dateTimeLocalValue(p.exposureEnd, timeZone)} timeZone={timeZone} />}
                    </div>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="px-2 py-2">
                  {p.report ? (
                    <a href={`/api/v1/rollouts/${number}/reports/${p.report.id}`} className="break-all text-brand-700 hover:underline">
                      {p.report.fileName}
                    </a>
                  ) : (
                    '—'
                  )}
                  {p.report && (
                    <span className="mt-1 block">
                      <Badge tone={p.report.recommendation === 'ACCEPT' ? 'success' : 'danger'}>recommends {p.report.recommendation}</Badge>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
