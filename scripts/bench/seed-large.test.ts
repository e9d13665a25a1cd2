// The bench generator on a small scale: the sizes asked for, and only commitments the app itself
// would accept (shipped platform, live component).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { seedLargeDataset } from './seed-large';

describe('seedLargeDataset', () => {
  it('creates the requested rows, each commitment on a platform its component ships on', async () => {
    const prefix = `T${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const summary = await seedLargeDataset(db, { teams: 60, components: 40, platforms: 8, commitments: 300, rollouts: 5, prefix });
    expect(summary.commitments).toBe(300);
    const teams = await db.team.findMany({ where: { name: { startsWith: `ea-${prefix}` } }, include: { group: true, site: { include: { ngi: true } } } });
    expect(teams).toHaveLength(60);
    for (const team of teams) {
      expect(team.name).toBe(`ea-${team.site.ngi.code}-${team.site.name}`);
      expect(team.group?.kind).toBe('TEAM');
    }
    const bad = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Commitment" c JOIN "Component" k ON k.id = c."componentId"
       LEFT JOIN "ComponentPlatform" cp ON cp."componentId" = c."componentId" AND cp."platformId" = c."platformId"
       WHERE k.name LIKE $1 AND (cp."componentId" IS NULL OR k."retiredAt" IS NOT NULL)`,
      [`${prefix}-%`],
    );
    expect(bad[0]!.n).toBe(0);
    expect(await db.participation.count({ where: { team: { name: { startsWith: `ea-${prefix}` } } } })).toBe(50);
    const unanswered = await db.participation.count({ where: { team: { name: { startsWith: `ea-${prefix}` } }, status: { in: ['ACCEPTED', 'DECLINED'] }, repliedAt: null } });
    expect(unanswered).toBe(0);
    // Resolved as the app resolves (the load bench's invariants): outcome, date, Document, item moved on.
    const rollouts = await db.rollout.findMany({ where: { id: { startsWith: prefix.toLowerCase() } }, include: { document: true, releaseItem: true } });
    expect(rollouts.map((r) => r.status).sort()).toEqual(['OPEN', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED']);
    for (const rollout of rollouts.filter((r) => r.status === 'RESOLVED')) {
      expect([rollout.outcome, rollout.resolvedAt !== null, rollout.document !== null, rollout.releaseItem.state]).toEqual(['ACCEPT', true, true, 'PRODUCTION']);
    }
  });
});
