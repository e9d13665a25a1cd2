// The GOCDB sync against a real HTTP server on 127.0.0.1 answering in GOCDB's documented XML format:
// paging, idempotence, records removed from GOCDB (marked, never deleted), a BETA flip between two
// syncs, a site of an unknown NGI, malformed / cut-off / failing / too slow answers (earlier data stays,
// nothing marked), one run at a time, and the reminder for a beta flag left after release.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { createComponent, createParticipation, createRelease, createRollout, createTeam, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import type { GocdbConfig } from './config';
import { runGocdbSync } from './run-sync';
import { isSyncDue } from './scheduled-sync';
import { findStaleBetaFlags } from './stale-beta';
import { startGocdbFixtureServer, type GocdbFixtureServer } from './testing/fixture-server';

const ACTOR = { id: null, label: 'admin@test' };
let server: GocdbFixtureServer;
let config: GocdbConfig;

beforeAll(async () => {
  server = await startGocdbFixtureServer({ pageSize: 2 });
  config = { baseUrl: server.url, display: server.url, intervalMinutes: 60, timeoutMs: 2_000 };
});
afterAll(async () => {
  await server.close();
});

/** A fresh GOCDB world: NGIs, sites (the fixture order is the paging order) and one mapped service type. */
async function world(siteCount = 5) {
  const tag = uniqueLetters(6);
  const ngis = [`NGI_${tag}A`, `NGI_${tag}B`];
  const serviceType = `CE-${tag}`;
  await createComponent(db, { name: `COMP-${tag}` }).then((component) => db.component.update({ where: { id: component.id }, data: { gocdbServiceType: serviceType } }));
  const sites = Array.from({ length: siteCount }, (_, index) => ({ key: `${tag}${index}G0`, name: `${tag}-SITE-${index}`, ngi: ngis[index % 2]!, timeZone: 'Europe/Rome' }));
  const endpoints = sites.map((site, index) => ({ key: `${tag}${index}E0`, hostname: `ce${index}.${tag.toLowerCase()}.example`, serviceType, site: site.name, ngi: site.ngi, beta: index === 0 }));
  server.data = { ngis: ngis.map((name) => ({ name })), sites, endpoints };
  server.faults.clear();
  return { tag, ngis, sites, endpoints, serviceType };
}

describe('runGocdbSync', () => {
  it('follows the next links page by page, imports NGIs, sites and endpoints, and a second run changes nothing', async () => {
    const { tag, sites, serviceType } = await world(5);
    server.requests.length = 0;
    const first = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect(first.status).toBe('SUCCEEDED');
    expect(first.counts.errors).toEqual([]);
    // 5 sites at 2 a page: cursors 0, 2, 4, then 5 answers count 0.
    expect(server.requests.filter((url) => url.includes('method=get_site')).map((url) => new URL(url, 'http://x').searchParams.get('next_cursor'))).toEqual(['0', '2', '4', '5']);
    const ngi = await db.ngi.findUniqueOrThrow({ where: { gocdbName: `NGI_${tag}A` } });
    expect(ngi.code).toBe(`${tag}A`);
    const site = await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[0]!.key } });
    expect(site).toMatchObject({ name: sites[0]!.name, ngiId: ngi.id, country: 'Italy', timeZone: 'Europe/Rome', certificationStatus: 'Certified', productionInfrastructure: 'Production' });
    const endpoints = await db.gocdbServiceEndpoint.findMany({ where: { serviceType }, orderBy: { hostname: 'asc' } });
    expect(endpoints).toHaveLength(5);
    expect(endpoints[0]).toMatchObject({ beta: true, inProduction: true, monitored: true, hostOs: 'SL5', hostArch: 'x86_64', siteId: site.id });
    const run = await db.gocdbSyncRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', added: first.counts.added, marked: first.counts.marked });
    // Nothing this GOCDB lists is marked removed (synced rows other test files left in this worker's
    // database are not in it, and may be: the marking itself is the next test's subject).
    expect(await db.ngi.count({ where: { gocdbName: { startsWith: `NGI_${tag}` }, gocdbRemovedAt: { not: null } } })).toBe(0);
    expect(await db.site.count({ where: { gocdbKey: { startsWith: tag }, gocdbRemovedAt: { not: null } } })).toBe(0);
    expect(await db.gocdbServiceEndpoint.count({ where: { serviceType, removedAt: { not: null } } })).toBe(0);
    expect(first.counts.added).toBeGreaterThanOrEqual(2 + 5 + 5);

    const second = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect(second.status).toBe('SUCCEEDED');
    expect(second.counts).toMatchObject({ added: 0, updated: 0, marked: 0 });
    expect(await db.site.count({ where: { gocdbKey: { startsWith: tag } } })).toBe(5);
  });

  it('marks records GOCDB no longer lists (keeping a team on its site) and reads a BETA flip', async () => {
    const { sites, endpoints, serviceType } = await world(3);
    await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    const gone = await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[2]!.key } });
    const ngi = await db.ngi.findUniqueOrThrow({ where: { id: gone.ngiId } });
    const team = await db.team.create({ data: { name: `ea-${ngi.code}-${gone.name}`, siteId: gone.id } });
    const before = await db.gocdbServiceEndpoint.findUniqueOrThrow({ where: { gocdbKey: endpoints[1]!.key } });
    expect(before.beta).toBe(false);

    server.data.sites = sites.slice(0, 2);
    server.data.endpoints = [{ ...endpoints[0]!, beta: false }, { ...endpoints[1]!, beta: true }];
    const outcome = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect(outcome.status).toBe('SUCCEEDED');
    expect(outcome.counts.marked).toBe(2); // the site and its endpoint
    expect(outcome.counts.updated).toBe(2); // the two flips
    const removedSite = await db.site.findUniqueOrThrow({ where: { id: gone.id }, include: { team: true } });
    expect(removedSite.gocdbRemovedAt).not.toBeNull();
    expect(removedSite.team?.id).toBe(team.id);
    const flipped = await db.gocdbServiceEndpoint.findUniqueOrThrow({ where: { gocdbKey: endpoints[1]!.key } });
    expect(flipped.beta).toBe(true);
    expect(flipped.betaChangedAt).not.toBeNull();
    expect(flipped.readAt.getTime()).toBeGreaterThan(before.readAt.getTime());
    expect(await db.gocdbServiceEndpoint.count({ where: { serviceType, removedAt: { not: null } } })).toBe(1);

    server.data.sites = sites; // back in GOCDB: no longer marked
    server.data.endpoints = endpoints;
    await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect((await db.site.findUniqueOrThrow({ where: { id: gone.id } })).gocdbRemovedAt).toBeNull();
  });

  it('skips a site whose NGI GOCDB did not list, with the reason, and imports the rest', async () => {
    const { tag, sites } = await world(2);
    server.data.sites = [...sites, { key: `${tag}XG0`, name: `${tag}-ORPHAN`, ngi: `NGI_${tag}NOWHERE` }];
    const outcome = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect(outcome.status).toBe('PARTIAL');
    expect(outcome.counts.errors.join('\n')).toContain(`Site ${tag}-ORPHAN: its NGI NGI_${tag}NOWHERE is not in GOCDB's NGI list`);
    expect(await db.site.findUnique({ where: { gocdbKey: `${tag}XG0` } })).toBeNull();
    expect(await db.site.count({ where: { gocdbKey: { in: sites.map((site) => site.key) } } })).toBe(2);
    const run = await db.gocdbSyncRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(run.status).toBe('PARTIAL');
    expect(run.errors).toHaveLength(1);
  });

  for (const fault of ['malformed', 'truncated', 'http-500', 'slow'] as const) {
    it(`keeps earlier pages and marks nothing when a page is ${fault}`, async () => {
      const { sites, endpoints, serviceType } = await world(5);
      await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
      // Next read: site 0 leaves GOCDB, an endpoint flips, but the second page of sites fails.
      server.data.sites = sites.slice(1).map((site) => ({ ...site, certification: 'Suspended' }));
      server.data.endpoints = endpoints.map((endpoint) => ({ ...endpoint, beta: !endpoint.beta }));
      server.faults.set('get_site', { fault, fromCursor: 2 });
      server.faults.set('get_service_endpoint', { fault, fromCursor: 0 });
      const outcome = await runGocdbSync({ ...config, timeoutMs: fault === 'slow' ? 300 : config.timeoutMs }, { trigger: 'test', actor: ACTOR });
      expect(outcome.status).toBe('PARTIAL');
      expect(outcome.counts.marked).toBe(0);
      const message = outcome.counts.errors.join('\n');
      expect(message).toMatch({ malformed: /not well-formed XML/, truncated: /not well-formed XML/, 'http-500': /HTTP 500/, slow: /did not answer within/ }[fault]);
      // The first page of sites (cursor 0: sites 1 and 2) was written; the rest kept their previous values.
      expect((await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[1]!.key } })).certificationStatus).toBe('Suspended');
      expect((await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[3]!.key } })).certificationStatus).toBe('Certified');
      expect((await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[0]!.key } })).gocdbRemovedAt).toBeNull();
      const betas = await db.gocdbServiceEndpoint.findMany({ where: { serviceType }, orderBy: { gocdbKey: 'asc' }, select: { beta: true } });
      expect(betas.map((endpoint) => endpoint.beta)).toEqual(endpoints.map((endpoint) => Boolean(endpoint.beta)));
    });
  }

  it('runs one sync at a time: a second start while one runs is refused', async () => {
    await world(1);
    server.faults.set('get_ngi', { fault: 'slow' });
    const slow = runGocdbSync({ ...config, timeoutMs: 1_500 }, { trigger: 'test', actor: ACTOR });
    await expect.poll(() => db.gocdbSyncRun.count({ where: { status: 'RUNNING' } })).toBe(1);
    await expect(runGocdbSync(config, { trigger: 'test', actor: ACTOR })).rejects.toBeInstanceOf(ConflictError);
    expect((await slow).status).not.toBe('SUCCEEDED');
  });

  it('reminds a team once when its endpoint is still BETA=Y after the rollout was resolved, until BETA=N is read', async () => {
    const { tag, sites, endpoints, serviceType } = await world(1);
    await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    const site = await db.site.findUniqueOrThrow({ where: { gocdbKey: sites[0]!.key }, include: { ngi: true } });
    const { team } = await createTeam(db, { ngiCode: site.ngi.code, siteName: site.name, contacts: [`ea-${tag.toLowerCase()}@site.example`] });
    const component = await db.component.findFirstOrThrow({ where: { gocdbServiceType: serviceType } });
    const release = await createRelease(db, { componentId: component.id, state: 'STAGED_ROLLOUT', productVersion: `1.0-${uniqueTag()}` });
    const rollout = await createRollout(db, { releaseItemId: release.items[0]!.id, status: 'RESOLVED', outcome: 'ACCEPT' });
    await createParticipation(db, { rolloutId: rollout.id, teamId: team.id, status: 'ACCEPTED' });

    const first = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect(first.reminders).toBe(1);
    const messages = await db.outboxMessage.findMany({ where: { kind: 'gocdb.beta-after-release', rolloutId: rollout.id } });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.recipients).toEqual([`ea-${tag.toLowerCase()}@site.example`]);
    expect(messages[0]!.text).toContain(endpoints[0]!.hostname);
    expect((await findStaleBetaFlags()).map((flag) => flag.hostname)).toContain(endpoints[0]!.hostname);

    expect((await runGocdbSync(config, { trigger: 'test', actor: ACTOR })).reminders).toBe(0); // once per deadline
    server.data.endpoints = [{ ...endpoints[0]!, beta: false }];
    await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    expect((await findStaleBetaFlags()).map((flag) => flag.hostname)).not.toContain(endpoints[0]!.hostname);
  });

  it('is due again for the worker only once the interval has passed since the last run began', async () => {
    await world(1);
    const { runId } = await runGocdbSync(config, { trigger: 'test', actor: ACTOR });
    const started = (await db.gocdbSyncRun.findUniqueOrThrow({ where: { id: runId } })).startedAt;
    expect(await isSyncDue(60, new Date(started.getTime() + 59 * 60_000))).toBe(false);
    expect(await isSyncDue(60, new Date(started.getTime() + 60 * 60_000))).toBe(true);
  });
});
