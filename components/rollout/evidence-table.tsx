// The evidence side by side (issue #14): one column per team that reported, one row per report field
// (recommendation, version installed, where it ran, release notes, load, VOs), then the component's
// test plan with which team ran each item, so the manager sees the coverage at a glance.
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';

type Reported = RolloutDetail['participations'][number] & { report: NonNullable<RolloutDetail['participations'][number]['report']> };

const ROWS: { label: string; value: (report: Reported['report']) => string }[] = [
  { label: 'Recommendation', value: (r) => (r.recommendation === 'REJECT' && r.rejectAnsweredAt ? 'REJECT (answered)' : r.recommendation) },
  { label: 'Version installed', value: (r) => r.installedVersion || '—' },
  { label: 'Ran on', value: (r) => [r.ranOnOs, r.ranOnArch].filter(Boolean).join(' ') || '—' },
  { label: 'Release notes correct', value: (r) => (r.releaseNotesCorrect ? 'yes' : 'no') },
  { label: 'Jobs per day', value: (r) => (r.jobsPerDay === null ? '—' : String(r.jobsPerDay)) },
  { label: 'Transfers per day', value: (r) => (r.transfersPerDay === null ? '—' : String(r.transfersPerDay)) },
  { label: 'VOs', value: (r) => r.vos || '—' },
];

const cell = 'border-b border-slate-200 px-2 py-1 text-left align-top';

export function EvidenceTable({ rollout }: { rollout: RolloutDetail }) {
  const reported = rollout.participations.filter((p): p is Reported => p.report !== null);
  const plan = rollout.releaseItem.release.component.testPlan;
  if (reported.length === 0) return null;
  return (
    <div className="overflow-x-auto" data-testid="evidence-table">
      <table className="min-w-full text-sm">
        <caption className="mb-1 text-left text-xs text-slate-500">Evidence side by side: one column per team that reported.</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              <span className="sr-only">Field</span>
            </th>
            {reported.map((p) => (
              <th key={p.id} scope="col" className={`${cell} font-medium`}>
                {p.team.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row" className={`${cell} font-normal text-slate-600`}>
                {row.label}
              </th>
              {reported.map((p) => (
                <td key={p.id} className={cell}>
                  {row.value(p.report)}
                </td>
              ))}
            </tr>
          ))}
          {plan.map((item) => {
            const ran = reported.filter((p) => p.report.testedItems.some((t) => t.testPlanItemId === item.id));
            return (
              <tr key={item.id} data-testid="test-plan-row">
                <th scope="row" className={`${cell} font-normal`}>
                  {item.title}
                  {item.mandatory && <span className="ml-1 text-xs text-slate-600">(mandatory)</span>}
                  {item.mandatory && ran.length === 0 && <span className="ml-1 text-xs font-medium text-amber-800">not covered</span>}
                </th>
                {reported.map((p) => (
                  <td key={p.id} className={cell}>
                    {ran.includes(p) ? 'ran' : '—'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
