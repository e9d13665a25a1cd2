// Fault (a): the PostgreSQL server restarts (pg_ctl stop -m fast, then start on the same data
// directory and port) in the middle of a load run. Requests during the outage may fail; afterwards
// the app must serve again without a restart of its own, and no request may have left a partial
// write: every entity is before or after its transition, the invariants hold, acknowledged writes are there.
import { type RunningApp, signInCookie, startApp } from '../bench/load/app-server';
import { checkInvariants } from '../bench/load/invariants';
import { runRoutes } from '../bench/load/run-routes';
import { documentLoads, newTally, readRoutes, writeRoutes } from '../bench/load/scenarios';
import { verdict } from './support/report';
import { countBetweenStates, lostAcknowledgedWrites } from './support/states';
import { makeFaultWorld } from './support/world';

const FAULT = 'db restart';

export async function run(): Promise<void> {
  const world = await makeFaultWorld('restart');
  let app: RunningApp | undefined;
  try {
    app = await startApp(world.url);
    const cookie = await signInCookie(app.url, 'coordinator@demo.local');
    const tally = newTally();
    const routes = [...readRoutes(world.fixtures, documentLoads('coordinator', ['/coverage', '/rollouts', '/teams']), new Map([['coordinator', [cookie]]]), { connections: { role: 2, api: 1 } }), ...writeRoutes(world.fixtures, tally, { reply: 15, finding: 8, invite: 5, close: 3 })];
    const load = runRoutes(app.url, routes, 20);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const down = Date.now();
    world.postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    world.postgres.start();
    console.log(`       PostgreSQL was down ${((Date.now() - down) / 1000).toFixed(1)} s, mid-run`);
    const stats = await load;
    const failed = stats.reduce((n, s) => n + s.errors + s.socketErrors, 0);
    const total = stats.reduce((n, s) => n + s.requests, 0);
    for (const s of stats) if (s.kind === 'write') tally.inFlight.set(s.name, s.inFlight.length);
    console.log(`       ${total} requests during the run, ${failed} failed (the outage window)`);

    verdict(FAULT, 'the app process survived the restart', app.child.exitCode === null && app.child.signalCode === null);
    // Reconnects: the pool replaces its dead connections; within 30 s everything answers again.
    const deadline = Date.now() + 30_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      healthy = (await fetch(`${app.url}/api/health`).catch(() => null))?.ok ?? false;
      if (!healthy) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const after = await Promise.all(
      ['/api/v1/rollouts?status=OPEN', '/api/v1/coverage/summary', '/api/v1/teams'].flatMap((path) =>
        Array.from({ length: 5 }, () => fetch(`${app!.url}${path}`, { headers: { authorization: `Bearer ${world.fixtures.coordinatorTokens[0]}` } }).then((r) => r.status)),
      ),
    );
    const pages = await Promise.all(['/coverage', '/rollouts', '/teams'].map((path) => fetch(`${app!.url}${path}`, { headers: { cookie } }).then((r) => r.status)));
    const team = world.fixtures.teams[0]!;
    const write = await fetch(`${app.url}/api/v1/rollouts/${world.fixtures.finding[0]}/finding`, {
      method: 'POST',
      headers: { authorization: `Bearer ${team.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ teamId: team.id, kind: 'COMMENT', title: 'After the restart', body: 'written after PostgreSQL came back' }),
    });
    if (write.ok) tally.findings.set(world.fixtures.finding[0]!, (tally.findings.get(world.fixtures.finding[0]!) ?? 0) + 1);
    verdict(FAULT, 'the app reconnects: health, API reads, pages and a write succeed after the restart', healthy && after.every((s) => s === 200) && pages.every((s) => s === 200) && write.ok, `health ${healthy}, API ${after.join(',')}, pages ${pages.join(',')}, write ${write.status}`);

    await app.stop();
    const between = await countBetweenStates(world.pool, world.fixtures);
    for (const b of between) verdict(FAULT, `no partial write — ${b.name}`, b.offending === 0, `${b.offending} offending`);
    const invariants = await checkInvariants(world.pool);
    const broken = invariants.filter((i) => i.offending > 0);
    verdict(FAULT, `invariants hold (${invariants.length} checked)`, broken.length === 0, broken.map((i) => `${i.name}: ${i.offending}`).join('; '));
    const lost = await lostAcknowledgedWrites(world.pool, world.fixtures, tally);
    verdict(FAULT, 'every write acknowledged with 2xx is in the database', lost === 0, `${lost} lost`);
  } finally {
    await app?.stop();
    await world.close();
  }
}
