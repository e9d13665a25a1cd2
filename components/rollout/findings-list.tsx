// Issues found during the rollout: comment or helpdesk link, who found them, open or closed, and the
// close/reopen button and the severity change for whoever may change them.
import { Badge } from '@/components/ui/badge';
import { SeverityBadge } from './severity-badge';
import { formatDateTime } from '@/lib/format';
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { FindingSeverityForm, FindingStateButton } from './finding-forms';

export function FindingsList({ number, findings, mayChange, timeZone }: { number: number; findings: RolloutDetail['findings']; mayChange: (finding: RolloutDetail['findings'][number]) => boolean; timeZone: string }) {
  if (findings.length === 0) return <p className="text-sm text-slate-600">No findings logged.</p>;
  return (
    <ul className="space-y-2">
      {findings.map((finding) => (
        <li key={finding.id} className="rounded border border-slate-200 p-2 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-medium">
              {finding.title} <SeverityBadge severity={finding.severity} />{finding.foundInVersion && <span className="text-xs text-slate-600"> found in {finding.foundInVersion}</span>} <Badge tone={finding.open ? 'warning' : 'success'}>{finding.open ? 'open' : 'closed'}</Badge>
            </p>
            {mayChange(finding) && <FindingStateButton number={number} findingId={finding.id} open={finding.open} blocker={finding.severity === 'BLOCKER'} version={finding.version} title={finding.title} />}
          </div>
          <p className="text-xs text-slate-500">
            {finding.team?.name ?? 'manager'} · {finding.author?.name ?? '—'} · {formatDateTime(finding.createdAt, timeZone)}
            {finding.closedAt && ` · closed ${formatDateTime(finding.closedAt, timeZone)}`}
          </p>
          {finding.url && (
            <a href={finding.url} rel="noopener noreferrer" target="_blank" className="break-all text-brand-700 hover:underline">
              {finding.externalId ? `GGUS #${finding.externalId}` : finding.url}
            </a>
          )}
          {finding.body && <p className="mt-1 whitespace-pre-wrap text-slate-700">{finding.body}</p>}
          {finding.open && mayChange(finding) && <FindingSeverityForm number={number} findingId={finding.id} severity={finding.severity} version={finding.version} title={finding.title} />}
        </li>
      ))}
    </ul>
  );
}
