// Table 3 (M.SA1.ServiceValidation.3): EA teams at each quarter end, with a step chart of the trend.
import type { TeamCountTable } from '@/lib/metrics/types';
import { StepLineChart } from './charts/step-line-chart';
import { MetricSection, numClass, TableScroll, tableClass, tdClass, thClass } from './metric-section';

export function TeamCountsSection({ table, csvHref, periodLabel }: { table: TeamCountTable; csvHref: string; periodLabel: string }) {
  return (
    <MetricSection
      id="team-counts"
      title="M.SA1.ServiceValidation.3: Early Adopter teams"
      csvHref={csvHref}
      description="Teams formed on or before the last day of each project quarter and not retired by then."
    >
      <TableScroll label="Table 3">
        <table className={tableClass}>
          <caption className="mb-1 text-left text-xs text-slate-500">Table 3: number of Early Adopter teams at the end of each project quarter, {periodLabel}.</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Project quarter</th>
              <th scope="col" className={thClass}>As of</th>
              <th scope="col" className={`${thClass} text-right`}>Number of EAs</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.quarter}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>{row.label}</th>
                <td className={tdClass}>
                  <time dateTime={row.asOf}>{row.asOf.slice(0, 10)}</time>
                </td>
                <td className={numClass}>
                  {row.teams}
                  {row.reconstructed ? (
                    <span className="ml-1 text-xs text-amber-800" data-testid="reconstructed">
                      (reconstruction<sup aria-hidden="true">*</sup>)
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {table.rows.some((row) => row.reconstructed) ? (
        <p className="text-xs text-slate-600">
          * Reconstruction: the reference document did not record this quarter&rsquo;s number (&ldquo;not recorded&rdquo;); it is counted here from the teams&rsquo; formation and retirement dates.
        </p>
      ) : null}
      <StepLineChart
        title="Early Adopter teams at the end of each project quarter"
        caption="The numbers are in Table 3."
        points={table.rows.map((row) => ({ label: row.label, value: row.teams }))}
      />
    </MetricSection>
  );
}
