// What one page render touched in the database, collected while it runs: every SQL statement the
// app's Prisma client sends reports its quoted identifiers (lib/db/query-observer.ts), and they are
// added to the render in whose async context the statement was issued.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setQueryObserver } from '@/lib/db/query-observer';
import { quotedIdentifiers } from './sql-tables';

export interface RenderRecord {
  /** Quoted identifiers of every statement sent: the tables read, plus column names. */
  identifiers: Set<string>;
  /** A statement failed: the page may show an error instead of data. */
  failed: boolean;
}

const renders = new AsyncLocalStorage<RenderRecord>();

export function installQueryRecorder(): void {
  setQueryObserver({
    statement(sql) {
      const record = renders.getStore();
      if (record) for (const name of quotedIdentifiers(sql)) record.identifiers.add(name);
    },
    failed() {
      const record = renders.getStore();
      if (record) record.failed = true;
    },
  });
}

export function newRenderRecord(): RenderRecord {
  return { identifiers: new Set(), failed: false };
}

/** Runs `run`, adding what its statements touch (in this async context and all it starts) to `record`. */
export function recordRender<T>(record: RenderRecord, run: () => T): T {
  return renders.run(record, run);
}
