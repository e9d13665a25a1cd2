// Supersession on the rollout page: the pointer to the newer rollout on a superseded one; on the newer one,
// the rollout it took over, the old reports as evidence "on <old version>" (not counted toward readiness)
// and the manager's shortened exposure.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { formatDateTime } from '@/lib/format';
import { ShortenExposureForm } from './shorten-exposure-form';

interface Props {
  rollout: RolloutDetail;
  timeZone: string;
  /** The policy range the manager may choose from, when they may shorten the exposure. */
  shorten: { min: number; max: number } | null;
}

export function SupersessionCard({ rollout, timeZone, shorten }: Props) {
  const next = rollout.supersededBy;
  const previous = rollout.supersedes;
  if (!next && !previous) return null;
  return (
    <Card title="Supersession" id="supersession-title">
      <div className="space-y-3 text-sm">
        {next && (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-3">
            Superseded by{' '}
            <Link className="font-medium text-brand-700 underline" href={`/rollouts/${next.number}`}>
              rollout #{next.number}
            </Link>{' '}
            (version {next.releaseItem.release.productVersion}). Nothing can be done on this rollout any more.
          </p>
        )}
        {previous && (
          <>
            <p>
              Supersedes{' '}
              <Link className="font-medium text-brand-700 underline" href={`/rollouts/${previous.number}`}>
                rollout #{previous.number}
              </Link>{' '}
              (version {previous.releaseItem.release.productVersion}): its manager, testing teams and open findings were carried over.
            </p>
            <div>
              <h3 className="font-medium">Evidence from the older version (not counted toward readiness)</h3>
              {previous.participations.length === 0 ? (
                <p className="text-slate-600">No report was sent on version {previous.releaseItem.release.productVersion}.</p>
              ) : (
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {previous.participations.map((p) => (
                    <li key={p.report!.id}>
                      {p.team.name}: {p.report!.recommendation} on {previous.releaseItem.release.productVersion}, {formatDateTime(p.report!.submittedAt, timeZone)} (
                      <a className="text-brand-700 underline" href={`/api/v1/rollouts/${previous.number}/reports/${p.report!.id}`}>
                        {p.report!.fileName}
                      </a>
                      )
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {rollout.exposureDays !== null && (
              <p>
                Shortened exposure: {rollout.exposureDays} day{rollout.exposureDays === 1 ? '' : 's'}. Reason: {rollout.exposureDaysReason}
              </p>
            )}
            {shorten && shorten.max >= shorten.min && <ShortenExposureForm number={rollout.number} version={rollout.version} min={shorten.min} max={shorten.max} />}
          </>
        )}
      </div>
    </Card>
  );
}
