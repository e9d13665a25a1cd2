// The documented answers against real ones: every GET operation of the OpenAPI description that states
// its response schema is called on real data, and its answer must validate against that schema (zod
// strict objects: a field the document does not name fails too). The document's schema is the JSON
// Schema of that same zod schema. Errors answer the documented Error shape. Every GET documents its
// answer: a zod response schema, or a file download; a new GET without either fails the first test.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { ZApiError } from '@/lib/api/error-json';
import { responseJsonSchema } from '@/lib/api/openapi/build-openapi';
import { OPERATIONS, type Operation } from '@/lib/api/openapi/operations';
import { ADMINS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { createCommitment, createParticipation, createRelease, createReport, createRollout, createTeam, uniqueTag } from '@/lib/seed/factories';
import { callApi, userWithToken } from '@/test/support/api-call';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES = import.meta.glob<Record<string, Handler>>('/app/api/v1/**/route.ts', { eager: true });
const routeOf = (operation: Operation) => ROUTES[`/app${operation.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`]!.GET!;

let token = '';
let adminId = '';
const params: Record<string, string> = {};
/** Path parameters that mean another entity under another path. */
const rolloutParams: Record<string, string> = {};
const itemParams: Record<string, string> = {};
/** Query parameters a GET needs to answer. */
const QUERIES: Record<string, () => string> = { '/api/v1/coverage/teams': () => `?component=${params.component}` };

beforeAll(async () => {
  ({ token, id: adminId } = await userWithToken({ groups: [ADMINS_GROUP] }));
  const { team, ngi } = await createTeam(db, { contacts: [`ea-${uniqueTag()}@site.example`] });
  const commitment = await createCommitment(db, { teamId: team.id });
  const component = await db.component.findUniqueOrThrow({ where: { id: commitment.componentId }, include: { stack: { include: { provider: true } } } });
  const release = await createRelease(db, { componentId: component.id });
  const holiday = await db.holiday.create({ data: { date: new Date('2032-01-01T00:00:00Z'), name: `New Year ${uniqueTag()}`, countryCode: ngi.code } });
  for (const [entityType, entityId] of [['Team', team.id], ['Release', release.id]] as const) {
    await db.auditEvent.create({ data: { actorLabel: 'system', action: 'test.seed', entityType, entityId, after: { seeded: true } } });
  }
  const rollout = await createRollout(db);
  await db.comment.create({ data: { rolloutId: rollout.id, authorId: adminId, body: 'Installed on the test CE.' } });
  await db.comment.create({ data: { rolloutId: rollout.id, authorId: null, body: 'Reminder sent.' } });
  const participation = await createParticipation(db, { rolloutId: rollout.id, teamId: team.id });
  await createReport(db, { participationId: participation.id });
  await db.finding.create({ data: { rolloutId: rollout.id, teamId: team.id, kind: 'COMMENT', title: 'Start-up warning' } });
  rolloutParams.number = String(rollout.number);
  const item = await db.releaseItem.findUniqueOrThrow({ where: { id: rollout.releaseItemId }, include: { release: true } });
  Object.assign(itemParams, { number: String(item.release.number), itemId: item.id });
  Object.assign(params, { name: team.name, ngi: ngi.code, provider: component.stack.provider.name, stack: component.stack.slug, component: component.id, platform: commitment.platformId, id: holiday.id, number: String(release.number) });
});

const withSchema = OPERATIONS.filter((operation) => operation.method === 'get' && operation.response);

describe('documented responses', () => {
  it('every GET operation documents its answer: a response schema, or a file download', () => {
    const loose = OPERATIONS.filter((operation) => operation.method === 'get' && !operation.response && operation.answers !== 'file').map((operation) => operation.path);
    expect(loose).toEqual([]);
  });

  for (const operation of withSchema) {
    it(`GET ${operation.path} answers what the description documents`, async () => {
      const document = await (await openApiRoute()).json();
      const documented = document.paths[operation.path].get.responses['200'].content['application/json'].schema;
      expect(documented).toEqual(responseJsonSchema(operation));

      const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const values = operation.path.startsWith('/api/v1/rollouts/') ? { ...params, ...rolloutParams } : operation.path.includes('/items/') ? { ...params, ...itemParams } : params;
      const query = QUERIES[operation.path]?.();
      const answer = await callApi(routeOf(operation), { token, query, params: Object.fromEntries(names.map((name) => [name, values[name]!])) });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const schema = operation.list ? z.strictObject({ data: z.array(operation.response!), total: z.int(), page: z.int(), perPage: z.int() }) : operation.response!;
      const parsed = schema.safeParse(answer.body);
      expect(parsed.success ? [] : parsed.error.issues, `GET ${operation.path}`).toEqual([]);
      if (operation.list) expect(answer.body.data.length, `GET ${operation.path} returned rows to check`).toBeGreaterThan(0);
    });
  }

  it('refusals answer the documented Error shape (400 with fieldErrors, 404, 412)', async () => {
    const teams = ROUTES['/app/api/v1/teams/route.ts']!;
    const team = ROUTES['/app/api/v1/teams/[name]/route.ts']!;
    const invalid = await callApi(teams.POST!, { token, body: { site: '' } });
    const missing = await callApi(team.GET!, { token, params: { name: 'ea-NONE-none' } });
    const stale = await callApi(team.PATCH!, { method: 'PATCH', token, params: { name: params.name! }, headers: { 'if-match': '"old"' }, body: { description: 'x' } });
    expect([invalid.status, missing.status, stale.status]).toEqual([400, 404, 412]);
    for (const answer of [invalid, missing, stale]) expect(ZApiError.safeParse(answer.body).success, JSON.stringify(answer.body)).toBe(true);
    expect(Object.keys(invalid.body.fieldErrors).sort()).toEqual(['ngi', 'site']);
  });
});
