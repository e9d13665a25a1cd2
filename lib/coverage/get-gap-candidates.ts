// The teams a coordinator could ask to fill a gap: active teams already testing other components of
// the same stack on the same platform (they run that middleware there), not yet committed to the
// component. Most experienced first (most same-stack commitments on that platform), with contacts.
import 'server-only';
import { db } from '@/lib/db/client';
import type { CandidateTeam, GapEntry } from './rank-gaps';

export const CANDIDATES_PER_PLATFORM = 5;

interface CandidateRow {
  componentId: string;
  platformId: string;
  teamId: string;
  name: string;
  n: number;
  total: number;
}

/** Fills `candidates` and `moreCandidates` of each gap platform, in place, in one query. */
export async function attachGapCandidates(gaps: GapEntry[], limit = CANDIDATES_PER_PLATFORM): Promise<void> {
  const pairs = gaps.flatMap((gap) => gap.platforms.map((p) => ({ componentId: gap.componentId, stackId: gap.stack.id, platformId: p.platform.id })));
  if (pairs.length === 0) return;
  const rows = await db.$queryRaw<CandidateRow[]>`
    WITH gap AS (
      SELECT * FROM unnest(${pairs.map((p) => p.componentId)}::text[], ${pairs.map((p) => p.stackId)}::text[], ${pairs.map((p) => p.platformId)}::text[])
        AS g("componentId", "stackId", "platformId")
    ), pool AS (
      SELECT c."stackId", cm."platformId", cm."teamId", count(*)::int AS n
      FROM "Commitment" cm
      JOIN "Component" c ON c.id = cm."componentId" AND c."retiredAt" IS NULL
      JOIN "Team" t ON t.id = cm."teamId" AND t."retiredAt" IS NULL
      WHERE c."stackId" IN (SELECT "stackId" FROM gap) AND cm."platformId" IN (SELECT "platformId" FROM gap)
      GROUP BY 1, 2, 3
    ), ranked AS (
      SELECT g."componentId", g."platformId", pool."teamId", t.name, pool.n,
             row_number() OVER (PARTITION BY g."componentId", g."platformId" ORDER BY pool.n DESC, t.name) AS rank,
             count(*) OVER (PARTITION BY g."componentId", g."platformId")::int AS total
      FROM gap g
      JOIN pool ON pool."stackId" = g."stackId" AND pool."platformId" = g."platformId"
      JOIN "Team" t ON t.id = pool."teamId"
      WHERE NOT EXISTS (SELECT 1 FROM "Commitment" x WHERE x."componentId" = g."componentId" AND x."teamId" = pool."teamId")
    )
    SELECT "componentId", "platformId", "teamId", name, n, total FROM ranked WHERE rank <= ${limit} ORDER BY rank`;

  const teamIds = [...new Set(rows.map((row) => row.teamId))];
  const contacts = teamIds.length
    ? await db.teamContact.findMany({ where: { teamId: { in: teamIds } }, select: { teamId: true, email: true, name: true }, orderBy: { email: 'asc' } })
    : [];
  const contactsOf = new Map<string, CandidateTeam['contacts']>();
  for (const contact of contacts) contactsOf.set(contact.teamId, [...(contactsOf.get(contact.teamId) ?? []), { email: contact.email, name: contact.name }]);

  const byPair = new Map<string, { list: CandidateTeam[]; total: number }>();
  for (const row of rows) {
    const key = `${row.componentId}|${row.platformId}`;
    const entry = byPair.get(key) ?? { list: [], total: row.total };
    entry.list.push({ teamId: row.teamId, name: row.name, sameStackCommitments: row.n, contacts: contactsOf.get(row.teamId) ?? [] });
    byPair.set(key, entry);
  }
  for (const gap of gaps) {
    for (const platform of gap.platforms) {
      const entry = byPair.get(`${gap.componentId}|${platform.platform.id}`);
      platform.candidates = entry?.list ?? [];
      platform.moreCandidates = entry ? entry.total - entry.list.length : 0;
    }
  }
}
