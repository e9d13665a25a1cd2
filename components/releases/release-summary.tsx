// The submitted facts of a release (parent ticket), as a definition list.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import type { ReleaseDetail } from '@/lib/releases/queries';
import { RELEASE_TYPE_LABELS } from '@/lib/releases/release-format';
import { releaseRepositoryUrl } from '@/lib/releases/repository-url';
import { ExternalLink } from './external-link';

export function ReleaseSummary({ release, timeZone }: { release: ReleaseDetail; timeZone: string }) {
  const rows: [string, React.ReactNode][] = [
    ['Stack', `${release.stack.name} (${release.stack.provider.name})`],
    ['Product', release.component.name],
    ['Version', <span key="v" className="font-mono">{release.productVersion}</span>],
    ['UMD major release', release.umdMajor],
    [
      'Release type',
      <span key="t">
        {RELEASE_TYPE_LABELS[release.type]} {release.security && <Badge tone="danger">security</Badge>}
      </span>,
    ],
    ['Submitted', `${formatDateTime(release.submittedAt, timeZone)}${release.submittedBy ? ` by ${release.submittedBy.name} (${release.submittedBy.email})` : ''}`],
    ['Documentation', <ExternalLink key="d" href={release.documentationUrl} />],
    [
      release.productionAt ? 'Repository' : 'Staged-rollout repository',
      <ExternalLink key="r" href={releaseRepositoryUrl(release.stack.repoUrl, release.umdMajor, release.productionAt ? 'production' : 'testing')} />,
    ],
    ['In production', release.productionAt ? formatDateTime(release.productionAt, timeZone) : 'not yet'],
  ];
  return (
    <Card title="Release" id="release-summary">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
