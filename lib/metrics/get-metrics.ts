// The metrics report of a period, from the database: what the page, the JSON API and the CSV export serve.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { buildMetricsReport } from './build-metrics-report';
import { loadMetricRows } from './load-metric-rows';
import type { Period } from './project-quarters';
import type { MetricsReport } from './types';

export async function getMetrics(period: Period, db?: Db): Promise<MetricsReport> {
  return buildMetricsReport(await loadMetricRows(period, db), period);
}
