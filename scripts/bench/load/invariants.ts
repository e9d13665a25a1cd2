// Invariants that hold in any committed state of the database, whatever was interrupted: a request
// cut off half-way (database restart, app killed) must leave none of them broken. Shared by the load
// test and the fault runs. Each check is one SQL count of offending rows; 0 means it holds.
import type pg from 'pg';

export const INVARIANTS: { name: string; sql: string }[] = [
  { name: 'ACCEPTED/DECLINED participation without repliedAt', sql: `SELECT count(*) FROM "Participation" WHERE status IN ('ACCEPTED','DECLINED') AND "repliedAt" IS NULL AND "replyChannel" IS DISTINCT FROM 'volunteer'` },
  // Every resolved rollout has its outcome, date and Document; one superseded by a newer rollout of the same
  // item (lib/supersession, the demo data's WMS 3.7.0) also links its successor. Its Document says why there is
  // no verdict (lib/supersession/superseded-document.ts); before it had one, the older check reported that row.
  {
    name: 'RESOLVED rollout without outcome, resolvedAt or Document, or SUPERSEDED without its successor',
    sql: `SELECT count(*) FROM "Rollout" r LEFT JOIN "Document" d ON d."rolloutId" = r.id WHERE r.status = 'RESOLVED' AND (r.outcome IS NULL OR r."resolvedAt" IS NULL
      OR d.id IS NULL OR (r.outcome = 'SUPERSEDED' AND r."supersededById" IS NULL))`,
  },
  { name: 'Document of a rollout that is not RESOLVED', sql: `SELECT count(*) FROM "Document" d JOIN "Rollout" r ON r.id = d."rolloutId" WHERE r.status <> 'RESOLVED'` },
  { name: 'RESOLVED rollout whose release item did not move on', sql: `SELECT count(*) FROM "Rollout" r JOIN "ReleaseItem" i ON i.id = r."releaseItemId" WHERE r.status = 'RESOLVED' AND i.state = 'STAGED_ROLLOUT'` },
  { name: 'participation changed (version > 1) without an audit row', sql: `SELECT count(*) FROM "Participation" p WHERE p.version > 1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityType" = 'Participation' AND a."entityId" = p.id)` },
  { name: 'finding without its audit row', sql: `SELECT count(*) FROM "Finding" f WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityType" = 'Finding' AND a."entityId" = f.id) AND f."createdAt" > now() - interval '1 day' AND f."authorId" IS NOT NULL` },
  {
    name: 'audit row whose entity does not exist (Rollout, Participation, Finding, Report, Release, Team)',
    sql: `SELECT count(*) FROM "AuditEvent" a WHERE
      (a."entityType" = 'Rollout' AND NOT EXISTS (SELECT 1 FROM "Rollout" x WHERE x.id = a."entityId")) OR
      (a."entityType" = 'Participation' AND NOT EXISTS (SELECT 1 FROM "Participation" x WHERE x.id = a."entityId")) OR
      (a."entityType" = 'Finding' AND NOT EXISTS (SELECT 1 FROM "Finding" x WHERE x.id = a."entityId")) OR
      (a."entityType" = 'Report' AND NOT EXISTS (SELECT 1 FROM "Report" x WHERE x.id = a."entityId")) OR
      (a."entityType" = 'Release' AND NOT EXISTS (SELECT 1 FROM "Release" x WHERE x.id = a."entityId")) OR
      (a."entityType" = 'Team' AND NOT EXISTS (SELECT 1 FROM "Team" x WHERE x.id = a."entityId"))`,
  },
  { name: 'duplicate outbox dedupeKey', sql: `SELECT count(*) FROM (SELECT "dedupeKey" FROM "OutboxMessage" WHERE "dedupeKey" IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d` },
  { name: 'outbox message SENT without sentAt, or PENDING with sentAt', sql: `SELECT count(*) FROM "OutboxMessage" WHERE (status = 'SENT' AND "sentAt" IS NULL) OR (status = 'PENDING' AND "sentAt" IS NOT NULL)` },
];

export async function checkInvariants(pool: pg.Pool): Promise<{ name: string; offending: number }[]> {
  const results: { name: string; offending: number }[] = [];
  for (const invariant of INVARIANTS) {
    const { rows } = await pool.query<{ count: string }>(invariant.sql);
    results.push({ name: invariant.name, offending: Number(rows[0]!.count) });
  }
  return results;
}
