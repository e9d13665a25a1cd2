// What a cached data function depends on, declared as the tables it reads: `cacheTables('Team', ...)` at
// the top of a `'use cache'` function tags its result with those tables (lib/cache/table-cache.ts drops it
// when one of them changes) and gives it the app's cache lifetime. The names are Prisma's model names,
// which are the table names (the schema maps none). lib/cache/table-tags.test.ts checks the declarations
// against the tables each function really reads.
import { cacheLife, cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';

export type TableName = Prisma.ModelName;

export const tableTag = (table: string) => `table:${table}`;

type DeclarationListener = (tables: readonly TableName[]) => void;
const LISTENER = Symbol.for('early-adopters.declared-tables');
const hooks = globalThis as unknown as { [LISTENER]?: DeclarationListener };

/** For the declarations test: hears every cacheTables() call. */
export function onTablesDeclared(listener: DeclarationListener | undefined): void {
  hooks[LISTENER] = listener;
}

/** Inside a `'use cache'` function: its result depends on these tables, and on the clock for at most a minute
 *  (time-dependent marks such as "overdue" are at most that late). Outside Next.js (tests, scripts, the
 *  bench's data-function timings) `'use cache'` is an inert string and nothing is cached: then this only
 *  reports the declaration. */
export function cacheTables(...tables: TableName[]): void {
  hooks[LISTENER]?.(tables);
  // Next sets this in every process that runs with cacheComponents (its own marker for 'use cache').
  if (!process.env.__NEXT_USE_CACHE) return;
  cacheTag(...tables.map(tableTag));
  cacheLife({ stale: 0, revalidate: 60, expire: 60 });
}
