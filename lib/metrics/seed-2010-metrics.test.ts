// Integration: the demo seed's first project year (May 2010 - April 2011), counted by the metrics
// loaders and computations, reproduces the reference document's Tables 1, 2 and 3 cell by cell.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { DatabaseConfig } from '@/lib/db/config';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { getPglite } from '@/lib/db/pglite-instance';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { importHistoryFile } from '@/lib/history-import/import-history';
import { seedDemoData } from '@/lib/seed/seed-demo-data';
import { openThrowawayDatabase, type ThrowawayDatabase } from '@/test/support/throwaway-database';
import { getMetrics } from './get-metrics';
import { metricTableCsv } from './metrics-csv';
import { parsePeriod } from './period-params';
import type { MetricsReport } from './types';

function clientFor(config: DatabaseConfig): Db {
  const adapter = config.kind === 'pglite' ? new PrismaPGlite(getPglite(config.dataDir)) : new PrismaPg({ connectionString: config.url, max: 4 });
  return new PrismaClient({ adapter });
}

let database: ThrowawayDatabase;
let client: Db;
let report: MetricsReport;

beforeAll(async () => {
  database = await openThrowawayDatabase();
  await applyMigrations(database.conn);
  client = clientFor(database.config);
  await seedDemoData(client, { now: new Date('2026-03-11T10:30:00Z') });
  report = await getMetrics(parsePeriod({ year: '2010' }), client);
}, 240_000);

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

describe('the 2010 demo seed reproduces the document (section 4)', () => {
  it('Table 1: components Accepted / Rejected / No test per quarter and in total', () => {
    expect(report.componentOutcomes.rows.map((row) => [row.label, row.accepted, row.rejected, row.noTest])).toEqual([
      ['Q1', 9, 1, 7],
      ['Q2', 8, 2, 7],
      ['Q3', 9, 2, 0],
      ['Q4', 26, 2, 0],
    ]);
    expect(report.componentOutcomes.total).toEqual({ accepted: 52, rejected: 7, noTest: 14 });
  });

  it('Table 2: staged rollout tests per NGI per quarter, with totals and shares', () => {
    const expected: [string, number, number[]][] = [
      ['Australia', 2.5, [0, 1, 1, 0]],
      ['Canada', 1.3, [0, 0, 0, 1]],
      ['CERN', 5.0, [1, 0, 1, 2]],
      ['Croatia', 2.5, [0, 1, 0, 1]],
      ['France', 2.5, [1, 1, 0, 0]],
      ['Germany', 8.8, [3, 2, 1, 1]],
      ['Greece', 3.8, [0, 0, 0, 3]],
      ['Italy', 16.3, [3, 2, 2, 6]],
      ['Macedonia', 1.3, [0, 0, 1, 0]],
      ['Netherlands', 2.5, [0, 0, 0, 2]],
      ['Poland', 5.0, [0, 1, 0, 3]],
      ['Portugal', 13.8, [0, 4, 1, 6]],
      ['Serbia', 3.8, [1, 1, 0, 1]],
      ['Slovenia', 8.8, [1, 1, 2, 3]],
      ['Spain', 12.5, [2, 0, 2, 6]],
      ['Switzerland', 3.8, [0, 0, 1, 2]],
      ['UK', 6.3, [0, 0, 2, 3]],
    ];
    const actual = report.testsPerNgi.rows.map((row) => [row.ngi, row.share, row.perQuarter]);
    expect(new Map(actual.map(([ngi, ...rest]) => [ngi, rest]))).toEqual(new Map(expected.map(([ngi, ...rest]) => [ngi, rest])));
    expect(report.testsPerNgi.rows).toHaveLength(17);
    for (const row of report.testsPerNgi.rows) expect(row.total).toBe(row.perQuarter.reduce((a, b) => a + b, 0));
    expect(report.testsPerNgi.total).toEqual({ total: 80, share: 100, perQuarter: [12, 14, 14, 40] });
  });

  it('Table 2 as CSV has Portugal with 11 tests', () => {
    expect(metricTableCsv(report, 'tests-per-ngi').split('\r\n')).toContain('Portugal,13.8,11,0,4,1,6');
  });

  it('Table 3: EA teams at the end of Q1, Q3 and Q4 as recorded (Q2, not recorded, in between)', () => {
    const [q1, q2, q3, q4] = report.teamCounts.rows.map((row) => row.teams);
    expect([q1, q3, q4]).toEqual([26, 40, 45]);
    expect(q2).toBeGreaterThanOrEqual(26);
    expect(q2).toBeLessThanOrEqual(40);
    expect(report.teamCounts.rows.map((row) => row.asOf.slice(0, 10))).toEqual(['2010-07-31', '2010-10-31', '2011-01-31', '2011-04-30']);
    expect(report.teamCounts.rows.map((row) => row.reconstructed)).toEqual([false, true, false, false]);
    expect(metricTableCsv(report, 'team-counts').split('\r\n')[2]).toMatch(/,reconstruction: not recorded in the document$/);
  });

  it('covers the seeded catalogue and measures times for the stacks that had rollouts', () => {
    expect(report.coverage.total.products).toBeGreaterThan(0);
    expect(report.coverage.total.covered + report.coverage.total.missing).toBe(report.coverage.total.products);
    const glite = report.timeMeasures.rows.find((row) => row.stack === 'glite')!;
    expect(glite.outcomeDays.count).toBeGreaterThan(0);
    expect(glite.replyHours.count).toBeGreaterThan(0);
  });

  it('takes the example history file of 2009 on top of the seed, leaving 2010 as it was', async () => {
    const fixtures = path.join(import.meta.dirname, '..', 'history-import', 'fixtures');
    const first = await importHistoryFile('example-history.json', fs.readFileSync(path.join(fixtures, 'example-history.json'), 'utf8'), { db: client });
    expect(first.counts.created.release).toBe(5);
    const again = await importHistoryFile('example-history.csv', fs.readFileSync(path.join(fixtures, 'example-history.csv'), 'utf8'), { db: client });
    expect(again.changed).toBe(false);

    const year2009 = await getMetrics(parsePeriod({ year: '2009' }), client);
    expect(year2009.componentOutcomes.rows.map((row) => [row.accepted, row.rejected, row.noTest])).toEqual([
      [0, 0, 0],
      [1, 0, 1], // CREAM accepted 22 Oct; UI in production untested 10 Aug
      [1, 1, 1], // WMS 3.2.5-0 rejected, 3.2.5-1 accepted; BDII emergency without test
      [0, 0, 0],
    ]);
    expect(year2009.testsPerNgi.rows.map((row) => [row.ngi, row.perQuarter])).toEqual([
      ['Germany', [0, 0, 1, 0]],
      ['Italy', [0, 1, 0, 0]],
      ['Portugal', [0, 1, 1, 0]],
    ]);
    const year2010 = await getMetrics(parsePeriod({ year: '2010' }), client);
    expect(year2010.componentOutcomes).toEqual(report.componentOutcomes);
    expect(year2010.testsPerNgi).toEqual(report.testsPerNgi);
  });
});
