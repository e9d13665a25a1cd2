// The LISTEN side of the change feed (lib/cache) on each database kind: a dedicated pg connection on a PostgreSQL
// server (it can drop, e.g. when the server restarts: the feed then reconnects), or the process's own
// PGlite instance on the embedded database (notifications arrive as its transactions commit).
import pg from 'pg';
import type { DatabaseConfig } from '@/lib/db/config';
import { getPglite } from '@/lib/db/pglite-instance';

const CHANGE_CHANNEL = 'ea_data_change';
export const LISTENER_APPLICATION_NAME = 'early-adopters cache';
const TRIGGER_NAME = 'ea_data_change';
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

export interface SchemaTables {
  /** Every table of the app's schema. */
  all: string[];
  /** Those whose changes are announced on the channel (they carry the trigger). */
  announced: string[];
}

export interface ChangeListener {
  tables(): Promise<SchemaTables>;
  /** A round trip on the listening connection. PostgreSQL delivers every notification of a transaction
   *  that committed before the round trip started ahead of its answer, so once it resolves the feed has
   *  seen every change committed before the call; it rejects when the connection is gone. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface ListenerEvents {
  change(table: string): void;
  /** The connection is gone: notifications may have been missed. Called at most once. */
  lost(error: Error): void;
}

export type OpenChangeListener = (events: ListenerEvents) => Promise<ChangeListener>;

const TABLES_SQL = `
  SELECT c.relname AS name,
         EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = '${TRIGGER_NAME}') AS announced
  FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

function toSchemaTables(rows: { name: string; announced: boolean }[]): SchemaTables {
  return { all: rows.map((row) => row.name), announced: rows.filter((row) => row.announced).map((row) => row.name) };
}

function postgresListener(url: string): OpenChangeListener {
  return async (events) => {
    // Named, so that an operator sees in pg_stat_activity what the long-lived idle connection is.
    const client = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000, application_name: LISTENER_APPLICATION_NAME });
    client.on('error', () => {}); // until connected, a failure surfaces as connect()'s rejection
    await client.connect();
    let closed = false;
    // One statement at a time, in order: the heartbeat, sync() and tables() may overlap, and pg only
    // queues overlapping queries with a deprecation warning (pg 9 will refuse them).
    let last: Promise<unknown> = Promise.resolve();
    const query = <R extends pg.QueryResultRow>(config: string | pg.QueryConfig): Promise<pg.QueryResult<R>> => {
      const next = last.then(() => client.query<R>(config));
      last = next.catch(() => {});
      return next;
    };
    // A connection that dies silently (a network partition) would only be noticed by TCP keepalive,
    // minutes later; a round trip every few seconds notices it sooner.
    const heartbeat = setInterval(() => {
      query({ text: 'SELECT 1', query_timeout: HEARTBEAT_TIMEOUT_MS } as pg.QueryConfig).catch((error: Error) => lost(error));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const lost = (error: Error) => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      events.lost(error);
      client.end().catch(() => {});
    };
    client.on('error', lost);
    client.on('end', () => lost(new Error('the LISTEN connection ended')));
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) events.change(message.payload);
    });
    try {
      await query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      closed = true;
      clearInterval(heartbeat);
      await client.end().catch(() => {});
      throw error;
    }
    return {
      tables: async () => toSchemaTables((await query<{ name: string; announced: boolean }>(TABLES_SQL)).rows),
      async sync() {
        if (closed) throw new Error('the LISTEN connection is closed');
        await query({ text: 'SELECT 1', query_timeout: HEARTBEAT_TIMEOUT_MS } as pg.QueryConfig).catch((error: Error) => {
          lost(error);
          throw error;
        });
      },
      async close() {
        closed = true;
        clearInterval(heartbeat);
        await client.end();
      },
    };
  };
}

function pgliteListener(dataDir: string): OpenChangeListener {
  return async (events) => {
    const pglite = getPglite(dataDir);
    await pglite.waitReady;
    const unlisten = await pglite.listen(CHANGE_CHANNEL, (payload) => {
      if (payload) events.change(payload);
    });
    return {
      tables: async () => toSchemaTables((await pglite.query<{ name: string; announced: boolean }>(TABLES_SQL)).rows),
      // One process owns an embedded database, and PGlite hands a commit's notifications to the listener
      // before the committing query resolves: nothing can be in flight.
      sync: async () => {},
      close: () => unlisten(),
    };
  };
}

export function changeListenerFor(config: DatabaseConfig): OpenChangeListener {
  return config.kind === 'pglite' ? pgliteListener(config.dataDir) : postgresListener(config.url);
}
