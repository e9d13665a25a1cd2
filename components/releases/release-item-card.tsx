// One child ticket (Product-Platform-Architecture) on the release page: state, packages, verification,
// its staged-rollout ticket and, once resolved, the outcome and the document reference.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { ReleaseDetail } from '@/lib/releases/queries';
import { ITEM_OUTCOME_LABELS, itemOutcome, platformLabel } from '@/lib/releases/release-format';
import { ExternalLink } from './external-link';
import { PlainText } from './plain-text';
import { ReadinessBadge } from '@/components/rollout/readiness-badge';
import type { ReadinessState } from '@/lib/readiness/readiness';
import { ReleaseItemStateBadge } from './state-badge';

type Item = ReleaseDetail['items'][number];

/** `readiness`: the open rollout's readiness to be accepted (lib/readiness), absent once resolved. */
export function ReleaseItemCard({ item, readiness, timeZone, children }: { item: Item; readiness?: ReadinessState; timeZone: string; children?: React.ReactNode }) {
  const label = platformLabel(item.platform);
  const outcome = itemOutcome(item);
  const headingId = `item-${item.id}`;
  const packages = item.packages.split('\n').filter(Boolean);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {label}
        </h3>
        <ReleaseItemStateBadge state={item.state} noTest={item.rollout === null} />
      </div>
      <p className="mt-1 text-xs text-slate-500">State since {formatDateTime(item.stateChangedAt, timeZone)}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Verification report</dt>
        <dd>
          <ExternalLink href={item.verificationReportUrl} />
        </dd>
        {item.verificationNote && (
          <>
            <dt className="font-medium text-slate-700">Verification note</dt>
            <dd className="whitespace-pre-wrap break-words">{item.verificationNote}</dd>
          </>
        )}
        <dt className="font-medium text-slate-700">Staged-rollout ticket</dt>
        <dd>
          {item.rollout ? (
            <>
              <Link href={`/rollouts/${item.rollout.number}`} className="text-brand-700 underline hover:text-brand-900">
                #{item.rollout.number} {item.rollout.title}
              </Link>{' '}
              <Badge>{item.rollout.status === 'NEW' ? 'New' : item.rollout.status === 'OPEN' ? 'Open' : 'Resolved'}</Badge>{' '}
              {readiness && <ReadinessBadge state={readiness} />} <span className="text-slate-600">owner: {item.rollout.owner?.name ?? 'Nobody'}</span>
            </>
          ) : (
            <span className="text-slate-500">{outcome === 'NO_TEST' ? 'none: staged rollout skipped' : 'created when verification accepts it'}</span>
          )}
        </dd>
        {outcome && (
          <>
            <dt className="font-medium text-slate-700">Outcome</dt>
            <dd>
              <Badge tone={outcome === 'ACCEPT' || outcome === 'NO_TEST' ? 'success' : 'danger'}>{ITEM_OUTCOME_LABELS[outcome]}</Badge>
              {item.rollout?.resolvedAt && <span className="ml-2 text-slate-600">{formatDateTime(item.rollout.resolvedAt, timeZone)}</span>}
              {item.rollout?.acceptedWithOverride && <p className="mt-1 text-amber-900">Accepted with override: {item.rollout.outcomeReason}</p>}
            </dd>
          </>
        )}
        {item.rollout?.document && (
          <>
            <dt className="font-medium text-slate-700">Document</dt>
            <dd>
              #{item.rollout.document.number} — {item.rollout.document.description}
            </dd>
          </>
        )}
      </dl>
      {item.rollout?.knownIssues.trim() && (
        <div className="mt-3">
          <h4 className="text-sm font-medium text-slate-700">Known issues and workarounds</h4>
          <PlainText text={item.rollout.knownIssues} label={`Known issues, ${label}`} />
        </div>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Packages ({packages.length})</summary>
        <PlainText text={packages.join('\n')} label={`Packages for ${label}`} />
      </details>
      {children}
    </section>
  );
}
