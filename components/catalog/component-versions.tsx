// The versions of a component: its Release rows (the sw-rel tickets), newest first, with the state of
// each platform item and its rollout.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { ComponentDetail } from '@/lib/catalog/get-catalog';
import { formatDate } from '@/lib/format';

export function ComponentVersions({ releases }: { releases: ComponentDetail['releases'] }) {
  return (
    <Card title={`Versions (${releases.length})`} id="versions">
      {releases.length === 0 ? (
        <p className="text-sm text-slate-600">No release of this component has been submitted yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Releases of this component</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-1 pr-3">Version</th>
                <th scope="col" className="py-1 pr-3">UMD</th>
                <th scope="col" className="py-1 pr-3">Type</th>
                <th scope="col" className="py-1 pr-3">Submitted</th>
                <th scope="col" className="py-1 pr-3">In production</th>
                <th scope="col" className="py-1">Platforms (rollout)</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {releases.map((release) => (
                <tr key={release.id} className="align-top">
                  <td className="py-1.5 pr-3">
                    <Link href={`/releases/${release.number}`} className="font-medium text-brand-700 hover:underline">
                      {release.productVersion}
                    </Link>{' '}
                    {release.security && <Badge tone="danger">security</Badge>}
                  </td>
                  <td className="py-1.5 pr-3">{release.umdMajor}</td>
                  <td className="py-1.5 pr-3">{release.type.toLowerCase()}</td>
                  <td className="whitespace-nowrap py-1.5 pr-3">{formatDate(release.submittedAt)}</td>
                  <td className="whitespace-nowrap py-1.5 pr-3">{formatDate(release.productionAt)}</td>
                  <td className="py-1.5">
                    <ul>
                      {release.items.map((item) => (
                        <li key={`${item.platform.os}-${item.platform.arch}`}>
                          {item.platform.os} {item.platform.arch}: {item.state.toLowerCase().replace(/_/g, ' ')}
                          {item.rollout && (
                            <>
                              {' '}
                              (
                              <Link href={`/rollouts/${item.rollout.number}`} className="text-brand-700 hover:underline">
                                rollout #{item.rollout.number}
                              </Link>
                              {item.rollout.outcome ? `: ${item.rollout.outcome.toLowerCase()}` : ''})
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
