// What the rollout and team pages show from GOCDB, after a real sync from the fixture server: the
// team's endpoints of the component's service type with the beta check, and the platform hint when
// HOST_OS / HOST_ARCH differ from the commitment.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createCommitment, createComponent, createParticipation, createRelease, createRollout, createTeam, uniqueLetters } from '@/lib/seed/factories';
import { getRolloutEndpoints, getTeamPlatformHints } from './get-endpoint-views';
import { runGocdbSync } from './run-sync';
import { type GocdbFixtureServer, startGocdbFixtureServer } from './testing/fixture-server';

let server: GocdbFixtureServer;
beforeAll(async () => {
  server = await startGocdbFixtureServer({ pageSize: 10 });
});
afterAll(async () => {
  await server.close();
});

it('shows a team its GOCDB endpoints, the beta it did not declare, and a platform that differs', async () => {
  const tag = uniqueLetters(6);
  const serviceType = `SRM-${tag}`;
  const site = `${tag}-SITE`;
  server.data = {
    ngis: [{ name: `NGI_${tag}` }],
    sites: [{ key: `${tag}G0`, name: site, ngi: `NGI_${tag}` }],
    endpoints: [{ key: `${tag}E0`, hostname: `se.${tag.toLowerCase()}.example`, serviceType, site, ngi: `NGI_${tag}`, beta: true, monitored: false, hostOs: 'SL5', hostArch: 'x86_64' }],
  };
  const component = await createComponent(db, { name: `STORM-${tag}`, platforms: ['SL6 x86_64'] });
  await db.component.update({ where: { id: component.id }, data: { gocdbServiceType: serviceType } });
  await runGocdbSync({ baseUrl: server.url, display: server.url, intervalMinutes: 60, timeoutMs: 5_000 }, { trigger: 'test', actor: { id: null, label: 'test' } });

  const { team } = await createTeam(db, { ngiCode: tag, siteName: site });
  await createCommitment(db, { teamId: team.id, componentId: component.id, platformId: component.platformList[0]!.id });
  const release = await createRelease(db, { componentId: component.id, state: 'STAGED_ROLLOUT' });
  const rollout = await createRollout(db, { releaseItemId: release.items[0]!.id, status: 'OPEN' });
  await createParticipation(db, { rolloutId: rollout.id, teamId: team.id, status: 'ACCEPTED' });

  const view = await getRolloutEndpoints(rollout.id);
  expect(view.serviceType).toBe(serviceType);
  expect(view.rows).toHaveLength(1);
  expect(view.rows[0]!.endpoints[0]).toMatchObject({ hostname: `se.${tag.toLowerCase()}.example`, beta: true, inProduction: true, monitored: false });
  expect(view.rows[0]!.check).toEqual({ kind: 'gocdb-not-declared', hostnames: [`se.${tag.toLowerCase()}.example`] });

  const hints = await getTeamPlatformHints(team.id);
  expect(hints).toEqual([expect.objectContaining({ component: `STORM-${tag}`, platform: 'SL6 x86_64', hostOs: 'SL5', mismatch: { os: true, arch: false } })]);
});
