// After the load run: does the database agree with what the server told the clients? Every change a
// client saw succeed is there exactly once, with its audit row (no lost and no double update: version
// columns equal 1 + the changes made), and no outbox message was queued twice for the same event.
import type pg from 'pg';
import type { LoadFixtures } from './fixtures';
import type { Tally } from './scenarios';

export interface Check {
  check: string;
  expected: number;
  found: number;
  /** Requests still in flight when the run stopped: the server may have done them (found may exceed expected by this much). */
  unanswered: number;
}

export function checkOk(check: Check): boolean {
  return check.found >= check.expected && check.found <= check.expected + check.unanswered;
}

const sum = (map: Map<unknown, number>) => [...map.values()].reduce((a, b) => a + b, 0);

export async function checkConsistency(pool: pg.Pool, f: LoadFixtures, tally: Tally): Promise<Check[]> {
  const ids = (numbers: number[]) => numbers.map((n) => f.rolloutIds.get(n)!);
  const one = async (sql: string, params: unknown[]) => Number((await pool.query<{ n: string }>(sql, params)).rows[0]!.n);
  const checks: Check[] = [];
  const flying = (word: string) => [...tally.inFlight].filter(([route]) => route.includes(word)).reduce((n, [, count]) => n + count, 0);
  let slack = 0;
  const add = (check: string, expected: number, found: number) => checks.push({ check, expected, found, unanswered: slack });

  // Replies
  slack = flying('/reply');
  const reply = ids(f.reply);
  slack = 0;
  add('replies: each change applied once (client tally)', tally.replies.size, sum(tally.replies));
  slack = flying('/reply');
  add('replies: participations answered = changes acknowledged', tally.replies.size, await one(`SELECT count(*) n FROM "Participation" WHERE "rolloutId" = ANY($1) AND status <> 'INVITED'`, [reply]));
  add('replies: audit rows rollout.accept/decline', tally.replies.size, await one(`SELECT count(*) n FROM "AuditEvent" a JOIN "Participation" p ON p.id = a."entityId" WHERE a.action IN ('rollout.accept','rollout.decline') AND p."rolloutId" = ANY($1)`, [reply]));
  slack = 0;
  add('replies: participation version = 1 + changes (lost updates)', 0, await one(`SELECT count(*) n FROM "Participation" WHERE "rolloutId" = ANY($1) AND version <> CASE WHEN status = 'INVITED' THEN 1 ELSE 2 END`, [reply]));
  slack = flying('/reply');
  add('replies: outbox rollout.teamReplied messages', tally.replies.size, await one(`SELECT count(*) n FROM "OutboxMessage" WHERE kind = 'rollout.teamReplied' AND "rolloutId" = ANY($1)`, [reply]));

  // Findings
  slack = flying('/finding');
  const finding = ids(f.finding);
  add('findings: rows = created acknowledged', sum(tally.findings), await one(`SELECT count(*) n FROM "Finding" WHERE "rolloutId" = ANY($1)`, [finding]));
  add('findings: audit rows rollout.finding', sum(tally.findings), await one(`SELECT count(*) n FROM "AuditEvent" a JOIN "Finding" x ON x.id = a."entityId" WHERE a.action = 'rollout.finding' AND x."rolloutId" = ANY($1)`, [finding]));

  // Invitations
  slack = flying('/invite');
  const invite = ids(f.invite);
  add('invites: participations = invitations acknowledged', sum(tally.invites), await one(`SELECT count(*) n FROM "Participation" WHERE "rolloutId" = ANY($1)`, [invite]));
  add('invites: audit rows rollout.invite', sum(tally.invites), await one(`SELECT count(*) n FROM "AuditEvent" a JOIN "Participation" p ON p.id = a."entityId" WHERE a.action = 'rollout.invite' AND p."rolloutId" = ANY($1)`, [invite]));
  add('invites: audit rows rollout.selectTeams', sum(tally.invites), await one(`SELECT count(*) n FROM "AuditEvent" WHERE action = 'rollout.selectTeams' AND "entityId" = ANY($1)`, [invite]));
  add('invites: team.invited messages', sum(tally.invites), await one(`SELECT count(*) n FROM "OutboxMessage" WHERE kind = 'team.invited' AND "rolloutId" = ANY($1)`, [invite]));
  const versions = (await pool.query<{ number: number; version: number }>(`SELECT number, version FROM "Rollout" WHERE id = ANY($1)`, [invite])).rows;
  // Lost updates: each rollout's version is 1 + the invitations it really holds (and at least 1 + those acknowledged).
  const held = new Map((await pool.query<{ number: number; n: string }>(`SELECT r.number, count(p.id) n FROM "Rollout" r LEFT JOIN "Participation" p ON p."rolloutId" = r.id WHERE r.id = ANY($1) GROUP BY r.number`, [invite])).rows.map((r) => [r.number, Number(r.n)]));
  slack = 0;
  add('invites: rollout version = 1 + invitations held (lost updates)', 0, versions.filter((r) => r.version !== 1 + (held.get(r.number) ?? 0) || (held.get(r.number) ?? 0) < (tally.invites.get(r.number) ?? 0)).length);

  // Closes
  slack = flying('/resolve');
  const close = ids(f.close);
  slack = 0;
  add('closes: each rollout closed at most once (client tally)', tally.closes.size, sum(tally.closes));
  slack = flying('/resolve');
  add('closes: RESOLVED rollouts = closes acknowledged', tally.closes.size, await one(`SELECT count(*) n FROM "Rollout" WHERE id = ANY($1) AND status = 'RESOLVED' AND version = 2`, [close]));
  add('closes: audit rows rollout.resolve', tally.closes.size, await one(`SELECT count(*) n FROM "AuditEvent" WHERE action = 'rollout.resolve' AND "entityId" = ANY($1)`, [close]));
  add('closes: documents', tally.closes.size, await one(`SELECT count(*) n FROM "Document" WHERE "rolloutId" = ANY($1)`, [close]));

  // Outbox: the same event never queued twice
  slack = 0;
  add(
    'outbox: identical kind+recipients+subject+rollout twice',
    0,
    await one(`SELECT count(*) n FROM (SELECT 1 FROM "OutboxMessage" WHERE "rolloutId" = ANY($1) GROUP BY kind, recipients, subject, "rolloutId" HAVING count(*) > 1) d`, [[...reply, ...finding, ...invite, ...close]]),
  );
  return checks;
}
