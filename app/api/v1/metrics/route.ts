// GET /api/v1/metrics?year=2010 (or ?from=2010-05-01&to=2011-04-30): every metrics table of the
// period as JSON. Bad parameters are a 400 naming the parameter.
import { apiRoute } from '@/lib/api/route-handler';
import { refuseUnknownParams } from '@/lib/api/strict-query';
import { can } from '@/lib/auth/authorize';
import { ForbiddenError } from '@/lib/errors';
import { getMetrics } from '@/lib/metrics/get-metrics';
import { metricsJson } from '@/lib/metrics/metrics-json';
import { parsePeriod, readPeriodParams } from '@/lib/metrics/period-params';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export const GET = apiRoute(async (request, { user }) => {
  if (!can(user, 'metrics.view')) throw new ForbiddenError('You may not view the metrics.');
  refuseUnknownParams(request.nextUrl.searchParams, ['year', 'from', 'to']);
  const period = parsePeriod(readPeriodParams((name) => request.nextUrl.searchParams.get(name)));
  return metricsJson(await getMetrics(period));
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
