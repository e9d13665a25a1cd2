// Every cached data function declares (cacheTables) each table it really reads: the statements it sends
// through a recording driver adapter are compared with its declaration. A table read but not declared
// would let a change to it go unnoticed and a stale result be served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, disconnectDb, type Db } from '@/lib/db/client';
import { setQueryObserver, observeAdapter } from '@/lib/db/query-observer';
import { PrismaClient, Prisma } from '@/lib/generated/prisma/client';
import { createCommitment, createTeam } from '@/lib/seed/factories';
import { getCoverageCsvText, getCoverageJsonText } from '@/lib/coverage/coverage-documents';
import { getCoverageFilterOptions, getCoverageMatrixPage, getCoverageSummary } from '@/lib/coverage/get-coverage-matrix';
import { parseCoverageQuery } from '@/lib/coverage/schemas';
import { getTeamFilterOptions } from '@/lib/teams/get-filter-options';
import { listTeams } from '@/lib/teams/list-teams';
import { teamTableParams } from '@/lib/teams/table-params';
import { getMetrics } from '@/lib/metrics/get-metrics';
import { projectYearPeriod } from '@/lib/metrics/project-quarters';
import { getOverview } from '@/lib/overview/get-overview';
import { listReleases } from '@/lib/releases/queries';
import { releaseTableParams } from '@/lib/releases/table-params';
import { readinessCounts } from '@/lib/readiness/open-readiness';
import { getOverdueNow } from '@/lib/notify/overdue';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { quotedIdentifiers } from './sql-tables';
import { onTablesDeclared, type TableName } from './table-tags';

const TABLES = new Set<string>(Object.values(Prisma.ModelName));
const member = { id: 'member-1', roles: ['teamMember' as const], teamIds: ['team-1'], managedStackIds: ['stack-1'] };
const coordinator = { id: 'coordinator-1', roles: ['coordinator' as const], teamIds: [], managedStackIds: [] };
const globalForDb = globalThis as unknown as { __db?: Db };

beforeAll(async () => {
  await disconnectDb();
  globalForDb.__db = new PrismaClient({ adapter: observeAdapter(createAdapter()) });
  const bundle = await createTeam(globalForDb.__db);
  await createCommitment(globalForDb.__db, { teamId: bundle.team.id });
});
afterAll(() => {
  setQueryObserver(undefined);
  onTablesDeclared(undefined);
});

async function readAndDeclared(run: () => Promise<unknown>): Promise<{ read: string[]; declared: string[] }> {
  const read = new Set<string>();
  const declared = new Set<TableName>();
  setQueryObserver({ statement: (sql) => quotedIdentifiers(sql).forEach((name) => TABLES.has(name) && read.add(name)), failed: () => {} });
  onTablesDeclared((tables) => tables.forEach((table) => declared.add(table)));
  try {
    await run();
  } finally {
    setQueryObserver(undefined);
    onTablesDeclared(undefined);
  }
  return { read: [...read].sort(), declared: [...declared].sort() };
}

const teamState = (query: Record<string, string>) => teamTableParams.parse(query);

describe('cached data functions declare the tables they read', () => {
  const cases: [string, () => Promise<unknown>][] = [
    ['getCoverageMatrixPage (no filter, page 2, retired shown)', () => getCoverageMatrixPage({}, 2, true)],
    ['getCoverageMatrixPage (filtered)', () => getCoverageMatrixPage(parseCoverageQuery({ stack: 'arc', os: 'SL5', capability: 'COMPUTE' }).filter, 1, false)],
    ['getCoverageSummary (filtered)', () => getCoverageSummary(parseCoverageQuery({ stack: 'arc' }).filter)],
    ['getCoverageFilterOptions', () => getCoverageFilterOptions()],
    ['getCoverageJsonText (filtered, retired shown)', () => getCoverageJsonText(parseCoverageQuery({ stack: 'arc', os: 'SL5', capability: 'COMPUTE' }).filter, true)],
    ['getCoverageCsvText (no filter)', () => getCoverageCsvText({}, false)],
    ['getTeamFilterOptions', () => getTeamFilterOptions()],
    ['listTeams (sorted by rollouts, filtered)', () => listTeams(teamState({ sort: 'rollouts', q: 'ea', status: 'all' }))],
    ['listTeams (past the last page)', () => listTeams(teamState({ page: '999' }))],
    ['getOverview (a team member)', () => getOverview(member)],
    ['getOverview (a coordinator)', () => getOverview(coordinator)],
    ['getMetrics', () => getMetrics(projectYearPeriod(new Date().getUTCFullYear()))],
    ['listRollouts (a team member, overdue and readiness filters)', () => listRollouts(rolloutTableParams.parse({ overdue: 'yes', readiness: 'READY' }), member)],
    ['listRollouts (a coordinator, sorted, past the last page)', () => listRollouts(rolloutTableParams.parse({ page: '999' }), coordinator)],
    ['readinessCounts', () => readinessCounts()],
    ['getOverdueNow (a manager\'s stacks)', () => getOverdueNow({ stackId: ['stack-1'] })],
    ['listReleases (a team member, filtered)', () => listReleases(releaseTableParams.parse({ q: 'x', state: 'PRODUCTION' }), member)],
  ];
  for (const [name, run] of cases) {
    it(name, async () => {
      const { read, declared } = await readAndDeclared(run);
      expect(read.length, 'the recorder sees the statements').toBeGreaterThan(0);
      expect(read.filter((table) => !declared.includes(table)), `read but not declared (declared: ${declared.join(', ')})`).toEqual([]);
    });
  }
});
