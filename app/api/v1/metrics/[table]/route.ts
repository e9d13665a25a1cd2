// GET /api/v1/metrics/<table>.csv?year=2010 (or from/to): one metrics table as a CSV download.
// Tables: component-outcomes (Table 1), tests-per-ngi (Table 2), team-counts (Table 3), coverage, time-measures.
import { apiRoute } from '@/lib/api/route-handler';
import { refuseUnknownParams } from '@/lib/api/strict-query';
import { can } from '@/lib/auth/authorize';
import { csvResponse } from '@/lib/csv/to-csv';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { getMetrics } from '@/lib/metrics/get-metrics';
import { isMetricTable, metricCsvFileName, metricTableCsv, METRIC_TABLES } from '@/lib/metrics/metrics-csv';
import { parsePeriod, readPeriodParams } from '@/lib/metrics/period-params';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute<{ table: string }>(async (request, { user, params }) => {
  if (!can(user, 'metrics.view')) throw new ForbiddenError('You may not view the metrics.');
  const table = params.table.replace(/\.csv$/i, '');
  if (!isMetricTable(table)) throw new NotFoundError(`No metrics table "${table}"; choose one of: ${METRIC_TABLES.join(', ')}.`);
  refuseUnknownParams(request.nextUrl.searchParams, ['year', 'from', 'to']);
  const period = parsePeriod(readPeriodParams((name) => request.nextUrl.searchParams.get(name)));
  const report = await getMetrics(period);
  return csvResponse(metricTableCsv(report, table), metricCsvFileName(report, table));
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
