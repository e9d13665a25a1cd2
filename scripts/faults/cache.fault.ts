// Fault (d): the cache's LISTEN connection dies while the database stays up (pg_terminate_backend, as an
// administrator or a connection pooler might) and, in the same instant, another client (a plain pg
// connection, as psql would) commits a change. Many times in a row, on a machine whose cores are kept
// busy: the next request never answers with the data from before the change (lib/cache fails closed:
// a request first passes a round trip on the LISTEN connection, and nothing is served while it is down).
// Then two instances on one PostgreSQL server: a write through A is visible on B's next request, and
// their two workers together send each queued message exactly once.
import { spawn } from 'node:child_process';
import { LISTENER_APPLICATION_NAME } from '../../lib/cache/change-listeners';
import { type RunningApp, startApp } from '../bench/load/app-server';
import { verdict } from './support/report';
import { makeFaultWorld } from './support/world';

const FAULT = 'cache';
const ROUNDS = Number(process.env.FAULT_CACHE_ROUNDS ?? 40);

/** Keeps both cores busy (`yes > /dev/null`, twice) for the duration; stopped by the returned function. */
function loadBothCores(): () => void {
  const children = [0, 1].map(() => spawn('yes', [], { stdio: ['ignore', 'ignore', 'ignore'] }));
  return () => children.forEach((child) => child.kill('SIGTERM'));
}

export async function run(): Promise<void> {
  const world = await makeFaultWorld('cache');
  const { startSmtpServer } = await import('../../test/support/smtp-server');
  const smtp = await startSmtpServer();
  const appEnv = { NOTIFY_INTERVAL_MS: '200', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
  const apps: RunningApp[] = [];
  const stopLoad = loadBothCores();
  try {
    const a = await startApp(world.url, appEnv);
    apps.push(a);
    const token = world.fixtures.coordinatorTokens[0]!;
    const team = world.fixtures.teams[0]!;
    const { rows } = await world.pool.query<{ name: string }>('SELECT name FROM "Team" WHERE id = $1', [team.id]);
    const name = rows[0]!.name;
    const read = async (app: RunningApp) => {
      const response = await fetch(`${app.url}/api/v1/teams/${encodeURIComponent(name)}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { description?: string; contacts?: { email: string }[] };
      return { status: response.status, description: body.description, contacts: (body.contacts ?? []).map((contact) => contact.email) };
    };
    const listenerPids = async () =>
      (await world.pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [LISTENER_APPLICATION_NAME])).rows.map((row) => row.pid);
    const listening = async () => {
      for (let i = 0; i < 100; i++) {
        if ((await listenerPids()).length === apps.length) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    };

    // Kill the listener and commit a change from another client at the same instant, then read at once.
    let stale = 0;
    let killed = 0;
    const seen: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await listening();
      const before = `round ${round} before ${Date.now()}`;
      await world.pool.query('UPDATE "Team" SET description = $1 WHERE id = $2', [before, team.id]);
      await read(a); // computed and kept
      await read(a); // served from memory while nothing changed
      const after = `round ${round} after ${Date.now()}`;
      const pids = await listenerPids();
      const [terminated] = await Promise.all([
        world.pool.query<{ ok: boolean }>('SELECT pg_terminate_backend(pid) AS ok FROM unnest($1::int[]) AS pid', [pids]),
        world.pool.query('UPDATE "Team" SET description = $1 WHERE id = $2', [after, team.id]),
      ]);
      killed += terminated.rows.filter((row) => row.ok).length;
      const answer = await read(a);
      if (answer.status !== 200 || answer.description !== after) {
        stale++;
        seen.push(`round ${round}: ${answer.status} "${answer.description}"`);
      }
    }
    verdict(FAULT, `${ROUNDS} rounds of "LISTEN backend killed + change committed by another client at once" (both cores busy): the next read never answers the old data`, stale === 0 && killed === ROUNDS, `stale ${stale}, listeners killed ${killed}; ${seen.slice(0, 3).join('; ')}`);
    verdict(FAULT, 'the listener reconnects by itself after each kill', await listening());

    // Two instances on the same server.
    const b = await startApp(world.url, appEnv);
    apps.push(b);
    await listening();
    await read(b);
    await read(b); // B has it in memory
    const through = `written-through-a-${Date.now()}@fault.example`;
    const added = await fetch(`${a.url}/api/v1/teams/${encodeURIComponent(name)}/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${team.token}`, 'content-type': 'application/json' }, // a member of the team
      body: JSON.stringify({ email: through, name: 'Written through A' }),
    });
    const onB = await read(b);
    verdict(FAULT, "two instances: a write through A is visible on B's next request", added.status === 201 && onB.contacts.includes(through), `POST ${added.status}, B answered ${onB.contacts.length} contacts`);

    // Both workers deliver from the same outbox: each queued message reaches the SMTP server once.
    const { db } = await import('../../lib/db/client');
    const { loadPrincipal } = await import('../../lib/auth/principal');
    const { inviteTeams } = await import('../../lib/rollout/invite-teams');
    const sentBefore = smtp.messages.length;
    const number = world.fixtures.invite[0]!;
    const queuedAt = new Date(Date.now() - 1_000);
    const rollout = await db.rollout.findUniqueOrThrow({ where: { number }, select: { ownerId: true } });
    await inviteTeams((await loadPrincipal(rollout.ownerId!))!, number, { teamIds: world.fixtures.teams.map((t) => t.id), template: 'Dear {{team}}, please test this release; reply by {{replyDue}}.' });
    const queued = await db.outboxMessage.count({ where: { createdAt: { gte: queuedAt } } });
    // Until none is waiting or being sent (claimed by one of the workers).
    let pending = queued;
    for (let i = 0; i < 300 && pending > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      pending = await db.outboxMessage.count({ where: { createdAt: { gte: queuedAt }, status: { in: ['PENDING', 'SENDING'] } } });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a second send would arrive by now
    const delivered = smtp.messages.slice(sentBefore);
    const distinct = new Set(delivered.map((message) => message.messageId ?? message.raw)).size;
    const statuses = await db.outboxMessage.groupBy({ by: ['status'], where: { createdAt: { gte: queuedAt } }, _count: true });
    const sent = statuses.find((row) => row.status === 'SENT')?._count ?? 0;
    verdict(
      FAULT,
      `two instances' workers: ${queued} queued messages, each one sent reaches the SMTP server exactly once`,
      queued > 0 && pending === 0 && sent === queued && delivered.length === sent && distinct === sent,
      `SMTP received ${delivered.length} (${distinct} distinct); outbox by status ${statuses.map((row) => `${row.status} ${row._count}`).join(', ')}`,
    );

    const unexpected = apps.flatMap((app) => app.log.filter((line) => line.includes('unexpected error')));
    verdict(FAULT, 'no unexpected server error', unexpected.length === 0, unexpected.slice(0, 2).join(' | '));
  } finally {
    stopLoad();
    for (const app of apps) await app.stop();
    for (const app of apps) console.log(`  app log: ${app.log.filter((line) => line.startsWith('[cache] since start')).join(' | ')}`);
    await smtp.stop();
    await world.close();
  }
}
