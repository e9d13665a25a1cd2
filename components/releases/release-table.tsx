// The releases list: one row per `sw-rel` parent ticket with the state of each of its PPAs.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import type { ReleaseListRow } from '@/lib/releases/queries';
import { ITEM_OUTCOME_LABELS, itemOutcome, platformLabel, RELEASE_TYPE_LABELS, releaseRef } from '@/lib/releases/release-format';
import { ReleaseItemStateBadge } from './state-badge';

function Outcome({ items }: { items: ReleaseListRow['items'] }) {
  const outcomes = [...new Set(items.map(itemOutcome).filter((o) => o !== null))];
  if (outcomes.length === 0) return <span className="text-slate-500">pending</span>;
  return (
    <ul className="space-y-0.5">
      {outcomes.map((outcome) => (
        <li key={outcome}>
          <Badge tone={outcome === 'ACCEPT' || outcome === 'NO_TEST' ? 'success' : 'danger'}>{ITEM_OUTCOME_LABELS[outcome]}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function ReleaseTable({ releases }: { releases: ReleaseListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Releases (sw-rel tickets), newest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Ticket</th>
            <th scope="col" className="px-3 py-2">Stack</th>
            <th scope="col" className="px-3 py-2">Product</th>
            <th scope="col" className="px-3 py-2">Version</th>
            <th scope="col" className="px-3 py-2">UMD major</th>
            <th scope="col" className="px-3 py-2">Type</th>
            <th scope="col" className="px-3 py-2">Platforms (state)</th>
            <th scope="col" className="px-3 py-2">Submitted</th>
            <th scope="col" className="px-3 py-2">In production</th>
            <th scope="col" className="px-3 py-2">Outcome</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {releases.map((release) => (
            <tr key={release.id} className="align-top">
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={`/releases/${release.number}`} className="text-brand-700 underline hover:text-brand-900">
                  {releaseRef(release.number)}
                </Link>
              </th>
              <td className="px-3 py-2">{release.stack.name}</td>
              <td className="px-3 py-2">{release.component.name}</td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{release.productVersion}</td>
              <td className="whitespace-nowrap px-3 py-2">{release.umdMajor}</td>
              <td className="px-3 py-2">
                {RELEASE_TYPE_LABELS[release.type]}
                {release.security && (
                  <>
                    {' '}
                    <Badge tone="danger">security</Badge>
                  </>
                )}
              </td>
              <td className="px-3 py-2">
                <ul className="space-y-1">
                  {release.items.map((item) => (
                    <li key={item.id} className="flex flex-wrap items-center gap-1 whitespace-nowrap">
                      <span>{platformLabel(item.platform)}</span>
                      <ReleaseItemStateBadge state={item.state} noTest={item.rollout === null} />
                    </li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(release.submittedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(release.productionAt)}</td>
              <td className="px-3 py-2">
                <Outcome items={release.items} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
