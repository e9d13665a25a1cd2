// The documented JSON shape of GET /api/v1/metrics (the report's measures of a period) as a zod schema:
// the OpenAPI description shows it, test/api/openapi-responses.test.ts checks a real answer against it,
// and metricsJson types the lib's report by it (tsc fails when the two part).
import { z } from 'zod';
import type { MetricsReport } from './types';

const quarter = z.strictObject({ key: z.string(), label: z.string(), start: z.string(), end: z.string() });
const stats = z.strictObject({ count: z.int(), median: z.number().nullable(), p90: z.number().nullable() });
const times = { replyHours: stats, exposureDays: stats, outcomeDays: stats };
const coverageCounts = { products: z.int(), covered: z.int(), missing: z.int(), redundant: z.int() };

export const ZMetricsJson = z.strictObject({
  period: z.strictObject({ start: z.iso.datetime(), end: z.iso.datetime(), year: z.int().nullable(), label: z.string(), quarters: z.array(quarter) }),
  componentOutcomes: z.strictObject({
    rows: z.array(z.strictObject({ quarter: z.string(), label: z.string(), accepted: z.int(), rejected: z.int(), noTest: z.int() })),
    total: z.strictObject({ accepted: z.int(), rejected: z.int(), noTest: z.int() }),
    acceptedWithOverride: z.int(),
  }),
  testsPerNgi: z.strictObject({
    quarters: z.array(quarter),
    rows: z.array(z.strictObject({ ngi: z.string(), total: z.int(), share: z.number(), perQuarter: z.array(z.int()) })),
    total: z.strictObject({ total: z.int(), share: z.number(), perQuarter: z.array(z.int()) }),
  }),
  teamCounts: z.strictObject({
    rows: z.array(z.strictObject({ quarter: z.string(), label: z.string(), asOf: z.string(), teams: z.int(), reconstructed: z.boolean() })),
  }),
  coverage: z.strictObject({
    target: z.int(),
    rows: z.array(z.strictObject({ stack: z.string(), stackName: z.string(), ...coverageCounts })),
    total: z.strictObject(coverageCounts),
  }),
  timeMeasures: z.strictObject({
    rows: z.array(z.strictObject({ stack: z.string(), stackName: z.string(), ...times })),
    all: z.strictObject(times),
  }),
});

export const metricsJson = (report: MetricsReport): z.infer<typeof ZMetricsJson> => report;
