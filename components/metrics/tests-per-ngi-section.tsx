// Table 2 (M.SA1.ServiceValidation.2) and its per-NGI bar chart stacked by quarter (Figure 6).
import { EmptyState } from '@/components/ui/empty-state';
import type { TestsPerNgiTable } from '@/lib/metrics/types';
import { QUARTER_COLORS } from './charts/chart-scale';
import { StackedBarChart } from './charts/stacked-bar-chart';
import { MetricSection, numClass, TableScroll, tableClass, tdClass, thClass, totalRowClass } from './metric-section';

export function TestsPerNgiSection({ table, csvHref, periodLabel }: { table: TestsPerNgiTable; csvHref: string; periodLabel: string }) {
  return (
    <MetricSection
      id="tests-per-ngi"
      title="M.SA1.ServiceValidation.2: staged rollout tests per NGI"
      csvHref={csvHref}
      description="One test is one Early Adopter team's report, so a component tested by two teams counts twice. Teams are grouped by the NGI of their site."
    >
      {table.rows.length === 0 ? (
        <EmptyState title="No staged rollout test was reported in this period." />
      ) : (
        <>
          <TableScroll label="Table 2">
            <table className={tableClass}>
              <caption className="mb-1 text-left text-xs text-slate-500">Table 2: staged rollout tests per NGI and project quarter, {periodLabel}.</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>NGI</th>
                  <th scope="col" className={`${thClass} text-right`}>Total %</th>
                  <th scope="col" className={`${thClass} text-right`}>Total</th>
                  {table.quarters.map((quarter) => (
                    <th key={quarter.key} scope="col" className={`${thClass} text-right`}>{quarter.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.ngi}>
                    <th scope="row" className={`${tdClass} text-left font-normal`}>{row.ngi}</th>
                    <td className={numClass}>{row.share.toFixed(1)}</td>
                    <td className={numClass}>{row.total}</td>
                    {row.perQuarter.map((count, index) => (
                      <td key={table.quarters[index]!.key} className={numClass}>{count}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className={totalRowClass} data-testid="tests-per-ngi-total">
                  <th scope="row" className={`${tdClass} text-left`}>Total</th>
                  <td className={numClass}>{table.total.share}</td>
                  <td className={numClass}>{table.total.total}</td>
                  {table.total.perQuarter.map((count, index) => (
                    <td key={table.quarters[index]!.key} className={numClass}>{count}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          <StackedBarChart
            title="Staged rollout tests per NGI, stacked by project quarter"
            caption="Figure 6. The numbers are in Table 2."
            categories={table.rows.map((row) => row.ngi)}
            series={table.quarters.map((quarter, index) => ({
              name: quarter.label,
              values: table.rows.map((row) => row.perQuarter[index] ?? 0),
              color: QUARTER_COLORS[index % QUARTER_COLORS.length],
            }))}
          />
        </>
      )}
    </MetricSection>
  );
}
