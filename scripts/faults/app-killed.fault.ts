// Fault (c): the app process is killed with SIGKILL in the middle of transitions (members replying
// and logging findings, managers inviting and closing, unpaced), three times at different moments.
// After each restart every entity must be in its before or its after state, never between; the
// invariants hold; what the clients were told was done is there; and the app works again.
import { freePort, type RunningApp, startApp } from '../bench/load/app-server';
import { checkInvariants } from '../bench/load/invariants';
import { runRoutes } from '../bench/load/run-routes';
import { newTally, writeRoutes } from '../bench/load/scenarios';
import { verdict } from './support/report';
import { countBetweenStates, lostAcknowledgedWrites } from './support/states';
import { makeFaultWorld } from './support/world';

const FAULT = 'app killed';
const ROUNDS = 3;

export async function run(): Promise<void> {
  const world = await makeFaultWorld('kill', { teams: 15, replyRollouts: 10, findingRollouts: 2, inviteRollouts: 8, resolveRollouts: 60, coordinatorTokens: 2 });
  const port = await freePort();
  const tally = newTally();
  let app: RunningApp | undefined;
  try {
    // One pass over the fixtures for all rounds: a pair answered in round 1 is not sent again.
    const routes = writeRoutes(world.fixtures, tally, { reply: 40, finding: 20, invite: 10, close: 6 });
    for (let round = 1; round <= ROUNDS; round++) {
      app = await startApp(world.url, {}, port);
      const load = runRoutes(app.url, routes, 6);
      const killAfter = 1_500 + Math.floor(Math.random() * 3_000);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      await app.stop('SIGKILL');
      const stats = await load;
      for (const s of stats) tally.inFlight.set(s.name, (tally.inFlight.get(s.name) ?? 0) + s.inFlight.length);
      const acknowledged = stats.reduce((n, s) => n + s.ok, 0);
      console.log(`       round ${round}: SIGKILL after ${killAfter} ms; ${acknowledged} writes acknowledged before it, ${stats.reduce((n, s) => n + s.inFlight.length, 0)} cut off (in flight at the kill or sent after it), ${stats.reduce((n, s) => n + s.socketErrors, 0)} socket errors until the round ended`);
      const between = await countBetweenStates(world.pool, world.fixtures);
      const offending = between.filter((b) => b.offending > 0);
      verdict(FAULT, `round ${round}: every entity before or after its transition, never between (${between.length} kinds)`, offending.length === 0, offending.map((b) => `${b.name}: ${b.offending}`).join('; '));
    }
    // Restarted on the same port and database: it serves and takes writes again.
    app = await startApp(world.url, {}, port);
    const team = world.fixtures.teams[1]!;
    const write = await fetch(`${app.url}/api/v1/rollouts/${world.fixtures.finding[0]}/finding`, {
      method: 'POST',
      headers: { authorization: `Bearer ${team.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ teamId: team.id, kind: 'COMMENT', title: 'After the kill', body: 'the restarted app takes writes' }),
    });
    const read = await fetch(`${app.url}/api/v1/rollouts?status=OPEN`, { headers: { authorization: `Bearer ${world.fixtures.coordinatorTokens[0]}` } });
    verdict(FAULT, 'the restarted app serves reads and writes', write.ok && read.ok, `write ${write.status}, read ${read.status}`);
    await app.stop();
    const invariants = await checkInvariants(world.pool);
    const broken = invariants.filter((i) => i.offending > 0);
    verdict(FAULT, `invariants hold (${invariants.length} checked)`, broken.length === 0, broken.map((i) => `${i.name}: ${i.offending}`).join('; '));
    const lost = await lostAcknowledgedWrites(world.pool, world.fixtures, tally);
    verdict(FAULT, 'every write acknowledged with 2xx before a kill is in the database', lost === 0, `${lost} lost`);
  } finally {
    await app?.stop('SIGKILL');
    await world.close();
  }
}
