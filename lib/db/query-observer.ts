// A hook on every SQL statement a wrapped Prisma driver adapter sends, for whoever wants to know which
// tables a piece of work read. Only tests wrap an adapter with it (lib/cache/table-tags.test.ts checks
// that each cached data function declares every table it reads); the app's own client is not wrapped.
// Without an observer registered the wrapper only forwards.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlQueryable, Transaction } from '@prisma/driver-adapter-utils';

export interface QueryObserver {
  /** Called synchronously, in the caller's async context, before the statement is sent. */
  statement(sql: string): void;
  /** Called when a statement fails. */
  failed(): void;
}

const KEY = Symbol.for('early-adopters.query-observer');
const registry = globalThis as unknown as { [KEY]?: QueryObserver };

export function setQueryObserver(observer: QueryObserver | undefined): void {
  registry[KEY] = observer;
}

async function observed<T>(sql: string, run: () => Promise<T>): Promise<T> {
  const observer = registry[KEY];
  if (!observer) return run();
  observer.statement(sql);
  try {
    return await run();
  } catch (error) {
    observer.failed();
    throw error;
  }
}

/** `target` with some methods replaced; every other member is the target's own, bound to it (the
 *  adapters keep private state that a wrapper object could not reach). */
function withMethods<T extends object>(target: T, replaced: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof T];
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

function observeQueryable<Q extends SqlQueryable>(target: Q): Partial<Record<keyof Q, unknown>> {
  return {
    queryRaw: (query: SqlQuery) => observed(query.sql, () => target.queryRaw(query)),
    executeRaw: (query: SqlQuery) => observed(query.sql, () => target.executeRaw(query)),
  } as Partial<Record<keyof Q, unknown>>;
}

function observeConnection(connection: SqlDriverAdapter): SqlDriverAdapter {
  return withMethods(connection, {
    ...observeQueryable(connection),
    startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> => {
      const transaction = await connection.startTransaction(...args);
      return withMethods(transaction, observeQueryable(transaction));
    },
  });
}

/** The same adapter factory, with every statement of its connections and transactions reported. */
export function observeAdapter<F extends SqlDriverAdapterFactory>(factory: F): F {
  return withMethods(factory, { connect: async () => observeConnection(await factory.connect()) } as Partial<Record<keyof F, unknown>>);
}
