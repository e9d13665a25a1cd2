// Quarter columns of a period, shared by the tables, the API and the CSV export.
import { type Period, type ProjectQuarter, quarterLabel, quarterOf } from './project-quarters';
import type { QuarterColumn } from './types';

export function quarterColumns(period: Period): QuarterColumn[] {
  return period.quarters.map((quarter) => ({
    key: quarter.key,
    label: quarterLabel(quarter, period),
    start: quarter.start.toISOString(),
    end: quarter.end.toISOString(),
  }));
}

/** Index of the date's quarter among the period's quarters, or -1 when outside the period. */
export function quarterIndex(date: Date, period: Period): number {
  if (date < period.start || date >= period.end) return -1;
  const key = quarterOf(date).key;
  return period.quarters.findIndex((quarter: ProjectQuarter) => quarter.key === key);
}
