// The metrics JSON and CSV API through its route handlers, authenticated with a real API token, over a
// history of its own (project year 1996, imported with the history import).
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { importHistoryFile } from '@/lib/history-import/import-history';
import { createComponent, createTeam, createUser, ensureStack, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { GET as tableGet } from './[table]/route';
import { GET as metricsGet } from './route';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params type
type Handler = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

let token = '';
let roleless = '';
const call = (handler: Handler, path: string, params: Record<string, string> = {}, bearer?: string) =>
  handler(new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${bearer ?? token}` } }), { params: Promise.resolve(params) });

const tag = uniqueTag();
const ngiName = `=Metricland ${tag}`; // a name a spreadsheet would take for a formula

beforeAll(async () => {
  // Any role may view the metrics; a stack mailing-list member is the least of them.
  const user = await createUser(db, { groups: ['early-adopters-glite'] });
  token = (await createApiToken({ id: user.id, label: user.email }, user.id, 'metrics test')).token;
  const nobody = await createUser(db);
  roleless = (await createApiToken({ id: nobody.id, label: nobody.email }, nobody.id, 'metrics test')).token;
  const stack = await ensureStack(db, { slug: `met-${tag}` });
  const component = await createComponent(db, { stack: stack.slug, name: `M-${tag}` });
  const { team } = await createTeam(db, { ngiCode: `M${uniqueLetters()}`, ngiName, createdAt: new Date('1995-01-01T00:00:00Z') });
  const participation = (invitedAt: string, reportSubmittedAt: string) => ({ team: team.name, status: 'ACCEPTED', invitedAt, repliedAt: invitedAt, reportSubmittedAt, recommendation: 'ACCEPT' });
  const release = (version: string, createdAt: string, resolvedAt: string, reportAt: string) => ({
    stack: stack.slug,
    component: component.name,
    umdMajor: 'X-1',
    version,
    type: 'MINOR',
    submittedAt: createdAt,
    rollouts: [{ platform: 'SL5 x86_64', outcome: 'ACCEPT', createdAt, resolvedAt, participations: [participation(createdAt, reportAt)] }],
  });
  await importHistoryFile(
    'api.json',
    JSON.stringify({ releases: [release('1', '1996-06-01', '1996-06-20', '1996-06-15'), release('2', '1996-12-01', '1997-01-31T23:59:59Z', '1997-01-10')] }),
  );
});

describe('GET /api/v1/metrics', () => {
  it('returns every table of a project year', async () => {
    const response = await call(metricsGet, '/api/v1/metrics?year=1996');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.period).toMatchObject({ start: '1996-05-01T00:00:00.000Z', end: '1997-05-01T00:00:00.000Z', year: 1996 });
    expect(body.componentOutcomes.rows.map((row: { accepted: number }) => row.accepted)).toEqual([1, 0, 1, 0]);
    expect(body.testsPerNgi.rows).toContainEqual({ ngi: ngiName, total: 2, share: expect.any(Number), perQuarter: [1, 0, 1, 0] });
    expect(body.teamCounts.rows).toHaveLength(4);
  });

  it('takes a date range instead, counting only what falls inside it', async () => {
    const body = await (await call(metricsGet, '/api/v1/metrics?from=1996-06-10&to=1996-06-30')).json();
    expect(body.period.quarters.map((q: { key: string }) => q.key)).toEqual(['1996-Q1']);
    expect(body.componentOutcomes.total.accepted).toBe(1);
    expect(body.testsPerNgi.rows.find((row: { ngi: string }) => row.ngi === ngiName)?.total).toBe(1);
  });

  it.each([
    ['?year=96', /year: /],
    ['?year=2010&from=2010-05-01&to=2010-06-01', /either a project year or a date range/],
    ['?from=2010-05-01', /to: A date range needs both/],
    ['?from=2010-06-01&to=2010-05-01', /to: The end date is before the start date/],
  ])('answers 400 with the reason for %s', async (query, reason) => {
    const response = await call(metricsGet, `/api/v1/metrics${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(reason);
  });

  it('answers 401 without a valid token, and 403 to a user without any role', async () => {
    expect((await call(metricsGet, '/api/v1/metrics?year=1996', {}, 'nope')).status).toBe(401);
    expect((await call(metricsGet, '/api/v1/metrics?year=1996', {}, roleless)).status).toBe(403);
  });
});

describe('GET /api/v1/metrics/<table>.csv', () => {
  it('downloads a table as formula-safe CSV named after the period', async () => {
    const response = await call(tableGet, '/api/v1/metrics/tests-per-ngi.csv?year=1996', { table: 'tests-per-ngi.csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="metrics-1996-tests-per-ngi.csv"');
    const text = await response.text();
    expect(text).toContain(`\r\n'${ngiName},`);
    expect(text).toMatch(new RegExp(`'${ngiName},[0-9.]+,2,1,0,1,0\\r\\n`));
  });

  it('answers 404 for an unknown table and 400 for a bad period', async () => {
    const unknown = await call(tableGet, '/api/v1/metrics/figures.csv?year=1996', { table: 'figures.csv' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toMatch(/component-outcomes, tests-per-ngi, team-counts, coverage, time-measures/);
    expect((await call(tableGet, '/api/v1/metrics/coverage.csv?year=x', { table: 'coverage.csv' })).status).toBe(400);
  });
});
