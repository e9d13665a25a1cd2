// "Before or after, never between": for each entity a fault may have interrupted, the only states
// allowed are the one before the transition and the one after it, with every side effect of the
// transaction (audit row, outbox message, document, release item move) present exactly when the
// change is. And what the clients were told was done is there. Counts of offending rows; 0 passes.
import type pg from 'pg';
import type { LoadFixtures } from '../../bench/load/fixtures';
import type { Tally } from '../../bench/load/scenarios';

const audits = (entity: string, actions: string) => `(SELECT count(*) FROM "AuditEvent" a WHERE a."entityId" = ${entity} AND a.action IN (${actions}))`;

export const BETWEEN_STATES: { name: string; set: keyof Pick<LoadFixtures, 'reply' | 'finding' | 'invite' | 'close'>; sql: string }[] = [
  {
    name: 'reply: participation INVITED with nothing, or answered with version 2, repliedAt, one audit row and one message',
    set: 'reply',
    sql: `SELECT count(*) n FROM "Participation" p WHERE p."rolloutId" = ANY($1) AND NOT (
      (p.status = 'INVITED' AND p.version = 1 AND p."repliedAt" IS NULL AND ${audits('p.id', `'rollout.accept','rollout.decline'`)} = 0
        AND (SELECT count(*) FROM "OutboxMessage" o WHERE o."dedupeKey" LIKE 'rollout.teamReplied:' || p.id || ':%') = 0)
      OR (p.status IN ('ACCEPTED','DECLINED') AND p.version = 2 AND p."repliedAt" IS NOT NULL AND ${audits('p.id', `'rollout.accept','rollout.decline'`)} = 1
        AND (SELECT count(*) FROM "OutboxMessage" o WHERE o."dedupeKey" LIKE 'rollout.teamReplied:' || p.id || ':%') = 1))`,
  },
  {
    name: 'finding: every finding has exactly one audit row',
    set: 'finding',
    sql: `SELECT count(*) n FROM "Finding" f WHERE f."rolloutId" = ANY($1) AND ${audits('f.id', `'rollout.finding'`)} <> 1`,
  },
  {
    name: 'invite: rollout version = 1 + invited teams, each with its invite audit row, selectTeams row and message',
    set: 'invite',
    sql: `SELECT count(*) n FROM "Rollout" r, LATERAL (SELECT count(*) c FROM "Participation" p WHERE p."rolloutId" = r.id) held WHERE r.id = ANY($1) AND NOT (
      r.version = 1 + held.c AND ${audits('r.id', `'rollout.selectTeams'`)} = held.c
      AND (SELECT count(*) FROM "OutboxMessage" o WHERE o.kind = 'team.invited' AND o."rolloutId" = r.id) = held.c
      AND (SELECT count(*) FROM "AuditEvent" a JOIN "Participation" p ON p.id = a."entityId" WHERE a.action = 'rollout.invite' AND p."rolloutId" = r.id) = held.c)`,
  },
  {
    name: 'close: rollout OPEN with nothing, or RESOLVED with version 2, outcome, document, one audit row and the item moved on',
    set: 'close',
    sql: `SELECT count(*) n FROM "Rollout" r JOIN "ReleaseItem" i ON i.id = r."releaseItemId" WHERE r.id = ANY($1) AND NOT (
      (r.status = 'OPEN' AND r.version = 1 AND r.outcome IS NULL AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."rolloutId" = r.id) AND ${audits('r.id', `'rollout.resolve'`)} = 0 AND i.state = 'STAGED_ROLLOUT')
      OR (r.status = 'RESOLVED' AND r.version = 2 AND r.outcome IS NOT NULL AND EXISTS (SELECT 1 FROM "Document" d WHERE d."rolloutId" = r.id) AND ${audits('r.id', `'rollout.resolve'`)} = 1 AND i.state IN ('PRODUCTION','ROLLOUT_REJECTED')))`,
  },
];

export async function countBetweenStates(pool: pg.Pool, f: LoadFixtures): Promise<{ name: string; offending: number }[]> {
  const out: { name: string; offending: number }[] = [];
  for (const check of BETWEEN_STATES) {
    const ids = f[check.set].map((n) => f.rolloutIds.get(n)!);
    out.push({ name: check.name, offending: Number((await pool.query<{ n: string }>(check.sql, [ids])).rows[0]!.n) });
  }
  return out;
}

/** Writes the clients saw acknowledged (2xx) that are missing from the database. */
export async function lostAcknowledgedWrites(pool: pg.Pool, f: LoadFixtures, tally: Tally): Promise<number> {
  let lost = 0;
  const ids = (numbers: number[]) => numbers.map((n) => f.rolloutIds.get(n)!);
  const byNumber = new Map([...f.rolloutIds].map(([n, id]) => [id, n]));
  const answered = new Set((await pool.query<{ rolloutId: string; teamId: string }>(`SELECT "rolloutId", "teamId" FROM "Participation" WHERE "rolloutId" = ANY($1) AND status <> 'INVITED'`, [ids(f.reply)])).rows.map((r) => `${byNumber.get(r.rolloutId)}:${r.teamId}`));
  for (const key of tally.replies.keys()) if (!answered.has(key)) lost++;
  const count = async (sql: string, list: number[]) => new Map((await pool.query<{ id: string; n: string }>(sql, [ids(list)])).rows.map((r) => [byNumber.get(r.id)!, Number(r.n)]));
  const findings = await count(`SELECT "rolloutId" id, count(*) n FROM "Finding" WHERE "rolloutId" = ANY($1) GROUP BY 1`, f.finding);
  for (const [number, n] of tally.findings) lost += Math.max(0, n - (findings.get(number) ?? 0));
  const invites = await count(`SELECT "rolloutId" id, count(*) n FROM "Participation" WHERE "rolloutId" = ANY($1) GROUP BY 1`, f.invite);
  for (const [number, n] of tally.invites) lost += Math.max(0, n - (invites.get(number) ?? 0));
  const resolved = await count(`SELECT id, 1 n FROM "Rollout" WHERE id = ANY($1) AND status = 'RESOLVED'`, f.close);
  for (const number of tally.closes.keys()) if (!resolved.has(number)) lost++;
  return lost;
}
