// Time measures per stack: reply time to invitations, exposure to production, days to the outcome.
import type { DurationStats, TimeMeasureTable } from '@/lib/metrics/types';
import { MedianP90Chart } from './charts/median-p90-chart';
import { MetricSection, numClass, TableScroll, tableClass, tdClass, thClass, totalRowClass } from './metric-section';

const MEASURES = [
  { key: 'replyHours', label: 'Reply to invitation', unit: 'hours' },
  { key: 'exposureDays', label: 'Exposure to production', unit: 'days' },
  { key: 'outcomeDays', label: 'StagedRollOut to outcome', unit: 'days' },
] as const;

function Cells({ stats }: { stats: DurationStats }) {
  return (
    <>
      <td className={numClass}>{stats.count}</td>
      <td className={numClass}>{stats.median ?? '–'}</td>
      <td className={numClass}>{stats.p90 ?? '–'}</td>
    </>
  );
}

export function TimeMeasuresSection({ table, csvHref }: { table: TimeMeasureTable; csvHref: string }) {
  return (
    <MetricSection
      id="time-measures"
      title="Time measures per stack"
      csvHref={csvHref}
      description="Hours from invitation to a team's reply (expected within 1 working day), days a team exposed the service to production (5 to 7 expected), and days from the staged-rollout ticket to its outcome; median and 90th percentile of the events in the period."
    >
      <div className="lg:col-span-2">
        <TableScroll label="Time measures per stack">
          <table className={tableClass}>
            <caption className="mb-1 text-left text-xs text-slate-500">n = number of events; median and 90th percentile (p90).</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className={thClass}>Stack</th>
                {MEASURES.map((m) => (
                  <th key={m.key} scope="colgroup" colSpan={3} className={`${thClass} text-center`}>
                    {m.label} ({m.unit})
                  </th>
                ))}
              </tr>
              <tr>
                {MEASURES.flatMap((m) => [
                  <th key={`${m.key}-n`} scope="col" className={`${thClass} text-right`}>n</th>,
                  <th key={`${m.key}-m`} scope="col" className={`${thClass} text-right`}>median</th>,
                  <th key={`${m.key}-p`} scope="col" className={`${thClass} text-right`}>p90</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.stack}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>{row.stackName}</th>
                  {MEASURES.map((m) => <Cells key={m.key} stats={row[m.key]} />)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className={totalRowClass}>
                <th scope="row" className={`${tdClass} text-left`}>All stacks</th>
                {MEASURES.map((m) => <Cells key={m.key} stats={table.all[m.key]} />)}
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </div>
      <div className="grid gap-4 *:min-w-0 sm:grid-cols-2 lg:col-span-2 lg:grid-cols-3">
        {MEASURES.map((m) => (
          <MedianP90Chart
            key={m.key}
            title={`${m.label}, ${m.unit}: median (bar) and 90th percentile (mark) per stack`}
            unit={m.unit}
            caption={`${m.label} (${m.unit}): bar and first number = median; mark and second number = 90th percentile.`}
            rows={table.rows.map((row) => ({ label: row.stackName, ...row[m.key] }))}
          />
        ))}
      </div>
    </MetricSection>
  );
}
