// The history import: reads a JSON or CSV file of past releases, rollouts and team participations and
// writes it in ONE transaction: any problem (a malformed record, an unknown team, a conflict) and
// nothing is written. Idempotent: records are matched by natural keys, so importing the same file
// twice changes nothing the second time (not even the audit trail).
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { createHash } from 'node:crypto';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record-audit';
import { type Db, db as defaultDb } from '@/lib/db/client';
import { parseImportFile } from './parse-import-file';
import { resolveReferences } from './resolve-references';
import { emptyCounts, IMPORT_ENTITIES, type ImportCounts, type ImportRelease } from './types';
import { writeRelease } from './write-import';

export interface ImportResult {
  releases: number;
  counts: ImportCounts;
  changed: boolean;
  /** Everything was written and then rolled back (--dry-run): the counts say what an import would do. */
  dryRun: boolean;
}

export interface ImportOptions {
  actor?: Actor;
  dryRun?: boolean;
  db?: Db;
}

/** Thrown inside the transaction to roll a dry run back, carrying what it would have done. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/** Imports run one at a time: two at once could both create the same release. */
const IMPORT_LOCK = 70_101_001;

export async function importHistory(
  releases: readonly ImportRelease[],
  source: { fileName: string; sha256: string },
  { actor = SYSTEM_ACTOR, dryRun = false, db = defaultDb }: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return await inTransaction(
      async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})::text AS locked`;
        const refs = await resolveReferences(tx, releases);
        const counts = emptyCounts();
        for (const release of releases) await writeRelease({ tx, refs, counts }, release);
        const changed = IMPORT_ENTITIES.some((entity) => counts.created[entity] > 0 || counts.updated[entity] > 0);
        if (changed) {
          await recordAudit(tx, actor, {
            action: 'history.import',
            entityType: 'HistoryImport',
            entityId: source.sha256.slice(0, 32),
            after: { fileName: source.fileName, releases: releases.length, created: counts.created, updated: counts.updated },
          });
        }
        const result = { releases: releases.length, counts, changed, dryRun };
        if (dryRun) throw new DryRunRollback(result);
        return result;
      },
      { client: db, policy: 'batch' },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

export async function importHistoryFile(fileName: string, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const releases = parseImportFile(fileName, text);
  return importHistory(releases, { fileName, sha256: createHash('sha256').update(text).digest('hex') }, options);
}
