// The coverage metric in the document's words, per stack and per Technology Provider, with the share
// covered with redundancy (the indirect target), beside the chart.
import { describeCoverage, describeRedundancy, formatShare } from '@/lib/coverage/summary-text';
import type { Coverage } from '@/lib/coverage/types';
import { CoverageChart } from './coverage-chart';

function Stat({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold text-brand-900">{value}</dd>
      {hint && <dd className="text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}

export function CoverageSummary({ coverage, filtered }: { coverage: Coverage; filtered: boolean }) {
  const { overall, target } = coverage;
  return (
    <section aria-labelledby="coverage-summary-title" className="space-y-4">
      <h2 id="coverage-summary-title" className="sr-only">
        Summary
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={filtered ? 'Products (filtered)' : 'Products'} value={overall.total} hint="not retired" />
        <Stat label="Covered" value={overall.covered} hint="at least one team" />
        <Stat label="With redundancy" value={overall.coveredWithRedundancy} hint={`${formatShare(overall.redundancyShare)}, at least ${target} teams`} />
        <Stat label="Missing" value={overall.missing} hint="no team at all" />
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-2 font-semibold text-slate-900">Per stack</h3>
          <ul className="space-y-1.5 text-sm" data-testid="stack-summaries">
            {coverage.stacks.map((s) => (
              <li key={s.stack.id}>
                <span className="font-medium">{describeCoverage(s.stack.name, s.summary)}</span>
                <span className="block text-xs text-slate-600">{describeRedundancy(s.summary, target)}</span>
              </li>
            ))}
          </ul>
          {coverage.providers.length > 0 && (
            <>
              <h3 className="mb-2 mt-4 font-semibold text-slate-900">Per Technology Provider</h3>
              <ul className="space-y-1.5 text-sm">
                {coverage.providers.map((p) => (
                  <li key={p.provider}>
                    <span className="font-medium">{describeCoverage(p.provider, p.summary)}</span>
                    <span className="block text-xs text-slate-600">
                      {p.stacks.join(', ')} · {describeRedundancy(p.summary, target)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-2 font-semibold text-slate-900">Coverage per stack</h3>
          <CoverageChart stacks={coverage.stacks.map((s) => ({ id: s.stack.id, name: s.stack.name, summary: s.summary }))} target={target} />
        </div>
      </div>
    </section>
  );
}
