// Table 1 (M.SA1.ServiceValidation.1) and its grouped bar chart (the document's Figure 5).
import { COMPONENT_OUTCOME_RULE } from '@/lib/metrics/component-outcomes';
import type { ComponentOutcomeTable } from '@/lib/metrics/types';
import { GroupedBarChart } from './charts/grouped-bar-chart';
import { MetricSection, numClass, TableScroll, tableClass, tdClass, thClass, totalRowClass } from './metric-section';

export function ComponentOutcomesSection({ table, csvHref, periodLabel }: { table: ComponentOutcomeTable; csvHref: string; periodLabel: string }) {
  const title = 'M.SA1.ServiceValidation.1: components tested in staged rollout';
  return (
    <MetricSection
      id="component-outcomes"
      title={title}
      csvHref={csvHref}
      description="Releases accepted or rejected in staged rollout, and releases put in production without a staged rollout test, per project quarter."
    >
      <p className="text-sm text-slate-700" data-testid="component-outcome-rule">
        How a component is counted: {COMPONENT_OUTCOME_RULE}
      </p>
      <TableScroll label="Table 1">
        <table className={tableClass}>
          <caption className="mb-1 text-left text-xs text-slate-500">Table 1: number of components per project quarter, {periodLabel}.</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Project quarter</th>
              <th scope="col" className={`${thClass} text-right`}>Accepted</th>
              <th scope="col" className={`${thClass} text-right`}>Rejected</th>
              <th scope="col" className={`${thClass} text-right`}>No test</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.quarter}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>{row.label}</th>
                <td className={numClass}>{row.accepted}</td>
                <td className={numClass}>{row.rejected}</td>
                <td className={numClass}>{row.noTest}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={totalRowClass} data-testid="component-outcomes-total">
              <th scope="row" className={`${tdClass} text-left`}>Total</th>
              <td className={numClass}>{table.total.accepted}</td>
              <td className={numClass}>{table.total.rejected}</td>
              <td className={numClass}>{table.total.noTest}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="text-sm text-slate-700" data-testid="accepted-with-override">
        Accepted with override (a coordinator accepted before every readiness rule was met): {table.acceptedWithOverride} of {table.total.accepted}.
      </p>
      <GroupedBarChart
        title="Components Accepted, Rejected and Not tested in staged rollout per project quarter"
        caption="Figure 5. The numbers are in Table 1."
        categories={table.rows.map((row) => row.label)}
        series={[
          { name: 'Accepted', values: table.rows.map((row) => row.accepted) },
          { name: 'Rejected', values: table.rows.map((row) => row.rejected) },
          { name: 'No test', values: table.rows.map((row) => row.noTest) },
        ]}
      />
    </MetricSection>
  );
}
