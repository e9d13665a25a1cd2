// The metrics report of a period, from the database: what the page, the JSON API and the CSV export serve.
// The same for every reader (public releases only), so cached and shared until a table it reads changes.
import 'server-only';
import { cacheTables } from '@/lib/cache/table-tags';
import type { Db } from '@/lib/db/client';
import { buildMetricsReport } from './build-metrics-report';
import { loadMetricRows } from './load-metric-rows';
import type { Period } from './project-quarters';
import type { MetricsReport } from './types';

/** `db`: another client (the bench's); then nothing is cached. */
export async function getMetrics(period: Period, db?: Db): Promise<MetricsReport> {
  if (db) return buildMetricsReport(await loadMetricRows(period, db), period);
  return getSharedMetrics(period);
}

async function getSharedMetrics(period: Period): Promise<MetricsReport> {
  'use cache';
  cacheTables('Commitment', 'Component', 'ComponentPlatform', 'Participation', 'Platform', 'Release', 'ReleaseItem', 'Report', 'Rollout', 'Stack', 'TechnologyProvider', 'Team', 'Site', 'Ngi', 'Setting');
  return buildMetricsReport(await loadMetricRows(period), period);
}
