// What makes a coverage gap urgent: a staged rollout of the component in progress (ticket New/Open)
// or a release of it on its way (child tickets still Unverified/InVerification).
import 'server-only';
import { db } from '@/lib/db/client';
import { releaseVisibleSql } from '@/lib/embargo/visibility';
import type { GapSignals } from './rank-gaps';

interface SignalRow {
  componentId: string;
  releaseNumber: number;
  umdMajor: string;
  productVersion: string;
  state: string;
  rolloutNumber: number | null;
  rolloutTitle: string | null;
  rolloutStatus: 'NEW' | 'OPEN' | 'RESOLVED' | null;
}

export async function getGapSignals(): Promise<Map<string, GapSignals>> {
  const rows = await db.$queryRaw<SignalRow[]>`
    SELECT r."componentId", r.number AS "releaseNumber", r."umdMajor", r."productVersion", ri.state::text AS state,
           ro.number AS "rolloutNumber", ro.title AS "rolloutTitle", ro.status::text AS "rolloutStatus"
    FROM "Release" r
    JOIN "ReleaseItem" ri ON ri."releaseId" = r.id
    LEFT JOIN "Rollout" ro ON ro."releaseItemId" = ri.id
    -- Coverage pages and exports are the same for every reader: embargoed releases stay out until the lift.
    WHERE (ro.status IN ('NEW', 'OPEN') OR ri.state IN ('UNVERIFIED', 'IN_VERIFICATION')) AND ${releaseVisibleSql(null, 'r')}
    ORDER BY r.number, ro.number`;
  const signals = new Map<string, GapSignals>();
  for (const row of rows) {
    const entry = signals.get(row.componentId) ?? { rollouts: [], releases: [] };
    if (row.rolloutNumber !== null && (row.rolloutStatus === 'NEW' || row.rolloutStatus === 'OPEN')) {
      if (!entry.rollouts.some((r) => r.number === row.rolloutNumber)) {
        entry.rollouts.push({ number: row.rolloutNumber, title: row.rolloutTitle ?? '', status: row.rolloutStatus });
      }
    }
    if ((row.state === 'UNVERIFIED' || row.state === 'IN_VERIFICATION') && !entry.releases.some((r) => r.number === row.releaseNumber)) {
      entry.releases.push({ number: row.releaseNumber, umdMajor: row.umdMajor, productVersion: row.productVersion });
    }
    signals.set(row.componentId, entry);
  }
  return signals;
}
