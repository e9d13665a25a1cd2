// Coverage per stack: products covered / missing an EA team, and covered with redundancy.
import Link from 'next/link';
import type { CoverageTable } from '@/lib/metrics/types';
import { StackedBarChart } from './charts/stacked-bar-chart';
import { MetricSection, numClass, TableScroll, tableClass, tdClass, thClass, totalRowClass } from './metric-section';

export function CoverageSection({ table, csvHref }: { table: CoverageTable; csvHref: string }) {
  const rows = table.rows.filter((row) => row.products > 0);
  return (
    <MetricSection
      id="coverage"
      title="Coverage of products by Early Adopter teams"
      csvHref={csvHref}
      description={
        <>
          The present status (not limited to the chosen period): live products with at least one live team committed, none, and at least{' '}
          {table.target} teams (the redundancy target). Details per platform on the <Link href="/coverage" className="text-brand-700 underline">coverage page</Link>.
        </>
      }
    >
      <TableScroll label="Coverage per stack">
        <table className={tableClass}>
          <caption className="mb-1 text-left text-xs text-slate-500">Products per stack covered by Early Adopter teams (redundancy target {table.target}).</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Stack</th>
              <th scope="col" className={`${thClass} text-right`}>Products</th>
              <th scope="col" className={`${thClass} text-right`}>Covered</th>
              <th scope="col" className={`${thClass} text-right`}>Missing</th>
              <th scope="col" className={`${thClass} text-right`}>With redundancy</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stack}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>{row.stackName}</th>
                <td className={numClass}>{row.products}</td>
                <td className={numClass}>{row.covered}</td>
                <td className={numClass}>{row.missing}</td>
                <td className={numClass}>{row.redundant}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={totalRowClass}>
              <th scope="row" className={`${tdClass} text-left`}>Total</th>
              <td className={numClass}>{table.total.products}</td>
              <td className={numClass}>{table.total.covered}</td>
              <td className={numClass}>{table.total.missing}</td>
              <td className={numClass}>{table.total.redundant}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <StackedBarChart
        title="Products per stack: with redundancy, covered below the target, missing"
        caption="The numbers are in the coverage table."
        categories={rows.map((row) => row.stackName)}
        series={[
          { name: `With redundancy (≥ ${table.target})`, values: rows.map((row) => row.redundant), color: 4 },
          { name: 'Covered, below target', values: rows.map((row) => row.covered - row.redundant), color: 3 },
          { name: 'Missing', values: rows.map((row) => row.missing), color: 1 },
        ]}
      />
    </MetricSection>
  );
}
