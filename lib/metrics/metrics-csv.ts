// The CSV export of each metrics table, through the app's one formula-injection-safe CSV writer.
// Columns follow the document's tables (Table 2: NGI, Total %, Total, then one column per quarter).
import { type CsvColumn, toCsv } from '@/lib/csv/to-csv';
import type { DurationStats, MetricsReport, TimeMeasureRow } from './types';

export const METRIC_TABLES = ['component-outcomes', 'tests-per-ngi', 'team-counts', 'coverage', 'time-measures'] as const;
export type MetricTable = (typeof METRIC_TABLES)[number];

export function isMetricTable(value: string): value is MetricTable {
  return (METRIC_TABLES as readonly string[]).includes(value);
}

type Row = Record<string, string | number | null>;

function columnsOf(keys: string[]): CsvColumn<Row>[] {
  return keys.map((key) => ({ header: key, value: (row: Row) => row[key] }));
}

function durationCells(prefix: string, stats: DurationStats): Row {
  return { [`${prefix} count`]: stats.count, [`${prefix} median`]: stats.median, [`${prefix} p90`]: stats.p90 };
}

function timeRow(name: string, row: Omit<TimeMeasureRow, 'stack' | 'stackName'>): Row {
  return {
    Stack: name,
    ...durationCells('Reply hours', row.replyHours),
    ...durationCells('Exposure days', row.exposureDays),
    ...durationCells('Days to outcome', row.outcomeDays),
  };
}

export function metricTableRows(report: MetricsReport, table: MetricTable): Row[] {
  switch (table) {
    case 'component-outcomes':
      return [
        ...report.componentOutcomes.rows.map((row) => ({ 'Project quarter': row.label, Accepted: row.accepted, Rejected: row.rejected, 'No test': row.noTest })),
        { 'Project quarter': 'Total', Accepted: report.componentOutcomes.total.accepted, Rejected: report.componentOutcomes.total.rejected, 'No test': report.componentOutcomes.total.noTest },
      ];
    case 'tests-per-ngi': {
      const { quarters, rows, total } = report.testsPerNgi;
      const line = (ngi: string, r: { share: number; total: number; perQuarter: number[] }): Row => ({
        NGI: ngi,
        'Total %': r.share.toFixed(1),
        Total: r.total,
        ...Object.fromEntries(quarters.map((q, i) => [q.label, r.perQuarter[i] ?? 0])),
      });
      return [...rows.map((row) => line(row.ngi, row)), line('Total', total)];
    }
    case 'team-counts':
      return report.teamCounts.rows.map((row) => ({ 'Project quarter': row.label, 'As of': row.asOf.slice(0, 10), 'Number of EAs': row.teams, Note: row.reconstructed ? 'reconstruction: not recorded in the document' : '' }));
    case 'coverage':
      return [
        ...report.coverage.rows.map((row) => ({ Stack: row.stackName, Products: row.products, Covered: row.covered, Missing: row.missing, [`With redundancy (>= ${report.coverage.target})`]: row.redundant })),
        { Stack: 'Total', Products: report.coverage.total.products, Covered: report.coverage.total.covered, Missing: report.coverage.total.missing, [`With redundancy (>= ${report.coverage.target})`]: report.coverage.total.redundant },
      ];
    case 'time-measures':
      return [...report.timeMeasures.rows.map((row) => timeRow(row.stackName, row)), timeRow('All stacks', report.timeMeasures.all)];
  }
}

export function metricTableCsv(report: MetricsReport, table: MetricTable): string {
  const rows = metricTableRows(report, table);
  return toCsv(columnsOf(Object.keys(rows[0] ?? {})), rows);
}

/** e.g. `metrics-2010-tests-per-ngi.csv` or `metrics-2010-06-01_2010-09-30-coverage.csv`. */
export function metricCsvFileName(report: MetricsReport, table: MetricTable): string {
  const span = report.period.year !== null ? String(report.period.year) : `${report.period.start.slice(0, 10)}_${new Date(Date.parse(report.period.end) - 1).toISOString().slice(0, 10)}`;
  return `metrics-${span}-${table}.csv`;
}
