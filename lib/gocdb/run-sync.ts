// One GOCDB sync: NGIs (get_ngi), then sites (get_site), then the endpoints of every service type the
// catalogue maps to (get_service_endpoint&service_type=…). Each page is written in its own
// transaction with its audit row; a page that fails (HTTP error, timeout, malformed or cut-off XML)
// stops that method, keeps what earlier pages wrote and marks nothing removed for it. The outcome is
// the GocdbSyncRun row (see sync-runs.ts, which also makes it one run at a time across instances).
// Nothing is ever written back to GOCDB.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { applyEndpoints, applyNgis, applySites } from './apply-page';
import type { GocdbConfig } from './config';
import { addCounts, emptyCounts, type SyncCounts } from './counts';
import { fetchPages } from './fetch-pages';
import { GocdbFetchError } from './http-get';
import { markRemoved, type RemovalScope } from './mark-removed';
import { type GocdbPage, GocdbFormatError, parseEndpointPage, parseNgiPage, parseSitePage } from './parse-xml';
import { queueBetaReminders } from './beta-reminders';
import { beatSyncRun, finishSyncRun, startSyncRun } from './sync-runs';

export interface SyncOutcome {
  runId: string;
  status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
  pages: number;
  counts: SyncCounts;
  reminders: number;
}

interface Step<T> {
  label: string;
  method: string;
  params: Record<string, string>;
  parse: (xml: string) => GocdbPage<T>;
  keyOf: (record: T) => string;
  apply: (tx: Parameters<typeof applyNgis>[0], records: T[], now: Date) => Promise<SyncCounts>;
  removal: RemovalScope;
}

function describe(error: unknown): string {
  if (error instanceof GocdbFetchError || error instanceof GocdbFormatError) return error.message;
  console.error('[gocdb] unexpected error during a sync page', error);
  return 'an unexpected error (see the server log)';
}

export async function runGocdbSync(config: GocdbConfig, options: { trigger: string; actor: Actor; now?: () => Date }): Promise<SyncOutcome> {
  const clock = options.now ?? (() => new Date());
  const runId = await startSyncRun(options.trigger, options.actor, clock());
  const counts = emptyCounts();
  let pages = 0;
  let fatal = false;

  async function runStep<T>(step: Step<T>): Promise<boolean> {
    const seen = new Set<string>();
    try {
      for await (const page of fetchPages(config, step.method, step.params, step.parse)) {
        const now = clock();
        const pageCounts = await inTransaction(async (tx) => {
          const result = await step.apply(tx, page.records, now);
          // A page that changed nothing leaves no audit row: an hourly sync would otherwise bury the trail.
          if (result.added + result.updated + result.errors.length > 0) await recordAudit(tx, options.actor, {
            action: 'gocdb.sync.page',
            entityType: 'GocdbSyncRun',
            entityId: runId,
            after: { method: step.label, records: page.records.length, added: result.added, updated: result.updated, skipped: result.errors.length },
          });
          return result;
        });
        for (const record of page.records) seen.add(step.keyOf(record));
        pages++;
        addCounts(counts, pageCounts);
        await beatSyncRun(runId, pages, counts);
      }
    } catch (error) {
      counts.errors.push(`${step.label}: ${describe(error)} Earlier pages were kept; nothing was marked removed.`);
      return false;
    }
    counts.marked += await markRemoved(step.removal, seen, clock(), options.actor, runId);
    return true;
  }

  let reminders = 0;
  try {
    const ngisRead = await runStep({ label: 'NGIs (get_ngi)', method: 'get_ngi', params: {}, parse: parseNgiPage, keyOf: (ngi) => ngi.name, apply: applyNgis, removal: { kind: 'ngi' } });
    // Sites are placed under NGIs GOCDB listed (now or in an earlier run); with no NGI ever read, every
    // site would be "of an unknown NGI": the run fails instead of reporting each one.
    const knownNgis = ngisRead || (await db.ngi.count({ where: { gocdbName: { not: null } } })) > 0;
    if (knownNgis) {
      await runStep({ label: 'Sites (get_site)', method: 'get_site', params: {}, parse: parseSitePage, keyOf: (site) => site.primaryKey, apply: applySites, removal: { kind: 'site' } });
    } else {
      fatal = true;
    }
    const types = await db.component.findMany({ where: { gocdbServiceType: { not: null } }, select: { gocdbServiceType: true }, distinct: ['gocdbServiceType'] });
    for (const { gocdbServiceType } of types) {
      if (!gocdbServiceType) continue;
      await runStep({
        label: `Endpoints of ${gocdbServiceType} (get_service_endpoint)`,
        method: 'get_service_endpoint',
        params: { service_type: gocdbServiceType },
        parse: parseEndpointPage,
        keyOf: (endpoint) => endpoint.primaryKey,
        apply: applyEndpoints,
        removal: { kind: 'endpoint', serviceType: gocdbServiceType },
      });
    }
    reminders = await queueBetaReminders(options.actor);
  } catch (error) {
    fatal = true;
    counts.errors.push(`The sync stopped: ${describe(error)}`);
  } finally {
    await finishSyncRun(runId, options.actor, pages, counts, reminders, fatal);
  }
  return { runId, status: fatal ? 'FAILED' : counts.errors.length ? 'PARTIAL' : 'SUCCEEDED', pages, counts, reminders };
}
