// Steps 13-15 as the document database record: the reports collected (with download links), and once
// resolved the document reference, its description, the summary and the outcome with known issues.
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';

export function DocumentCard({ rollout, timeZone }: { rollout: RolloutDetail; timeZone: string }) {
  const reports = rollout.participations.filter((p) => p.report);
  const document = rollout.document;
  return (
    <div className="space-y-3 text-sm">
      {document && (
        <div className="rounded border border-slate-200 bg-slate-50 p-3">
          <p className="font-medium">
            Document #{document.number}: {document.description}
          </p>
          <p className="text-xs text-slate-600">
            {document.summaryFileName} · {formatDateTime(document.createdAt, timeZone)} ·{' '}
            <a href={`/api/v1/rollouts/${rollout.number}/summary`} className="text-brand-700 underline">
              download summary
            </a>
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words">{document.summary}</p>
          {rollout.outcome && (
            <p className="mt-2">
              Outcome: <Badge tone={rollout.outcome === 'ACCEPT' ? 'success' : 'danger'}>{rollout.outcome}</Badge>
            </p>
          )}
          {rollout.outcomeReason && (
            <p className="mt-1 text-amber-900">
              {rollout.acceptedWithOverride ? 'Accepted with override (the readiness rules were not all met)' : 'Reason'}: {rollout.outcomeReason}
            </p>
          )}
          {rollout.knownIssues && (
            <div className="mt-2">
              <p className="font-medium">Known issues and workarounds</p>
              <p className="whitespace-pre-wrap">{rollout.knownIssues}</p>
            </div>
          )}
        </div>
      )}
      {reports.length === 0 ? (
        <p className="text-slate-600">No report received yet.</p>
      ) : (
        <ul className="space-y-2" aria-label="Team reports">
          {reports.map(({ team, report }) => (
            <li key={report!.id} className="rounded border border-slate-200 p-2">
              <a href={`/api/v1/rollouts/${rollout.number}/reports/${report!.id}`} className="break-all font-medium text-brand-700 hover:underline">
                {report!.fileName}
              </a>{' '}
              <Badge tone={report!.recommendation === 'ACCEPT' ? 'success' : 'danger'}>{report!.recommendation}</Badge>
              <p className="text-xs text-slate-500">
                {team.name} · {(report!.size / 1024).toFixed(1)} KB · {formatDateTime(report!.submittedAt, timeZone)} · sha256 {report!.sha256.slice(0, 12)}…
              </p>
              <p className="mt-1">
                Release notes correct: {report!.releaseNotesCorrect ? 'yes' : 'no'} · jobs/day {report!.jobsPerDay ?? '—'} · transfers/day {report!.transfersPerDay ?? '—'} · VOs {report!.vos || '—'}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-700">{report!.testsPerformed}</p>
              {report!.rejectAnsweredAt && (
                <p className="mt-1 text-amber-900" data-testid="reject-answer">
                  REJECT recommendation answered by {report!.rejectAnsweredBy} on {formatDateTime(report!.rejectAnsweredAt, timeZone)}: {report!.rejectAnswer}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
