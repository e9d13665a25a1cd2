// Fault (d): the page cache's LISTEN connection dies while the database stays up (pg_terminate_backend,
// as an administrator or a connection pooler might), and a change is committed in that moment by
// another client (psql here). No page rendered before the change may be served after it: while the
// connection is down pages are rendered afresh, and once it is back everything kept before is dropped.
// Then the same after a full PostgreSQL restart.
import { LISTENER_APPLICATION_NAME } from '../../lib/page-cache/change-listeners';
import { type RunningApp, signInCookie, startApp } from '../bench/load/app-server';
import { verdict } from './support/report';
import { makeFaultWorld } from './support/world';

const FAULT = 'page cache';

export async function run(): Promise<void> {
  const world = await makeFaultWorld('cache');
  let app: RunningApp | undefined;
  try {
    app = await startApp(world.url, { PAGE_CACHE_LOG: '1' });
    const cookie = await signInCookie(app.url, 'coordinator@demo.local');
    const team = world.fixtures.teams[0]!;
    const list = '/teams';
    const load = async () => {
      const response = await fetch(`${app!.url}${list}`, { headers: { cookie } });
      return { status: response.status, cache: response.headers.get('x-page-cache'), body: await response.text() };
    };
    const rename = async (description: string) => {
      await world.pool.query('UPDATE "Team" SET "description" = $1 WHERE id = $2', [description, team.id]);
    };
    const listenerPids = async () =>
      (await world.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [LISTENER_APPLICATION_NAME])).rows.map((row) => row.pid);
    // Waits until a load is served from memory again (the listener is back and a page was kept).
    const untilHit = async () => {
      for (let i = 0; i < 60; i++) {
        if ((await load()).cache === 'hit') return true;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return false;
    };

    await load();
    verdict(FAULT, 'a reloaded page is served from memory', (await load()).cache === 'hit');
    const marker = `changed while the listener was gone ${Date.now()}`;
    const pids = await listenerPids();
    await world.pool.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
    await rename(marker);
    // The description is not on the list, but the list reads the Team table: the kept page must go.
    const right = await load();
    verdict(FAULT, 'right after the LISTEN connection is killed and a change committed, the kept page is not served', pids.length === 1 && right.status === 200 && right.cache !== 'hit', `listener pids ${pids.join(',')}, answer ${right.status} ${right.cache}`);
    verdict(FAULT, 'the listener reconnects by itself and pages are served from memory again', await untilHit());

    const before = await load();
    world.postgres.stop();
    world.postgres.start();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const answer = await load().catch(() => null);
      if (answer) seen.push(`${answer.status}:${answer.cache}`);
      if (answer?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    verdict(FAULT, 'after a PostgreSQL restart, the first page served is rendered afresh, not the kept one', before.cache === 'hit' && seen.at(-1) !== undefined && seen.at(-1) !== '200:hit', seen.join(' '));
    const second = `changed after the restart ${Date.now()}`;
    await untilHit();
    await rename(second);
    let fresh = false;
    for (let i = 0; i < 20 && !fresh; i++) {
      fresh = (await load()).cache === 'miss';
      if (!fresh) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    verdict(FAULT, 'after the restart, a change committed by another client makes the page render again', fresh);
    const unexpected = app.log.filter((line) => line.includes('unexpected error'));
    verdict(FAULT, 'no unexpected server error', unexpected.length === 0, unexpected.slice(0, 2).join(' | '));
  } finally {
    await app?.stop();
    await world.close();
  }
}
