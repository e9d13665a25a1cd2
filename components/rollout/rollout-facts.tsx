// The ticket's facts and links (step 2.1): release, stack, component, version, platform, type, owner,
// dates, and links to the release notes, documentation, verification report and staged-rollout repository.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { releaseRepositoryUrl } from '@/lib/releases/repository-url';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const external = (href: string, text: string) => (
  <a href={href} rel="noopener noreferrer" target="_blank" className="break-all text-brand-700 hover:underline">
    {text}
  </a>
);

export function RolloutFacts({ rollout, timeZone }: { rollout: RolloutDetail; timeZone: string }) {
  const { release, platform, verificationReportUrl } = rollout.releaseItem;
  const repository = releaseRepositoryUrl(release.stack.repoUrl, release.umdMajor, rollout.releaseItem.state === 'PRODUCTION' ? 'production' : 'testing');
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      <Row label="Release">
        <Link href={`/releases/${release.number}`} className="text-brand-700 hover:underline">
          #{release.number} {release.umdMajor}
        </Link>{' '}
        <Badge tone={release.type === 'EMERGENCY' ? 'danger' : 'neutral'}>{release.type.toLowerCase()}</Badge> {release.security && <Badge tone="danger">security</Badge>}
      </Row>
      <Row label="Stack">{release.stack.name}</Row>
      <Row label="Component">
        {release.component.name} {release.productVersion}
      </Row>
      <Row label="Platform">
        {platform.os} {platform.arch}
      </Row>
      <Row label="Owner">{rollout.owner ? `${rollout.owner.name} (${rollout.owner.email})` : 'Nobody'}</Row>
      <Row label="Created">{formatDateTime(rollout.createdAt, timeZone)}</Row>
      {rollout.assignedAt && <Row label="Assigned">{formatDateTime(rollout.assignedAt, timeZone)}</Row>}
      {rollout.volunteersCalledAt && <Row label="Volunteers called">{formatDateTime(rollout.volunteersCalledAt, timeZone)}</Row>}
      {rollout.resolvedAt && <Row label="Resolved">{formatDateTime(rollout.resolvedAt, timeZone)}</Row>}
      <Row label="Release notes">
        <Link href={`/releases/${release.number}`} className="text-brand-700 hover:underline">
          on the release page
        </Link>
      </Row>
      {release.documentationUrl && <Row label="Documentation">{external(release.documentationUrl, release.documentationUrl)}</Row>}
      <Row label="Verification report">{verificationReportUrl ? external(verificationReportUrl, verificationReportUrl) : '—'}</Row>
      <Row label="Staged-rollout repository">{repository ? external(repository, repository) : 'not configured'}</Row>
    </dl>
  );
}
