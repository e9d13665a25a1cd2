// The demo seed on an empty database of its own: idempotent, well-formed, and reproducing the reference
// document's Tables 1-3 when counted straightforwardly by the metric definitions.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { DatabaseConfig } from '@/lib/db/config';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { getPglite } from '@/lib/db/pglite-instance';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { DOCUMENT_DEFAULTS, policyKindOf } from '@/lib/readiness/policy';
import { evaluateReadiness } from '@/lib/readiness/readiness';
import { readinessFactsOf, REPORT_FACTS_SELECT } from '@/lib/readiness/rollout-readiness';
import { fileNamePart } from '@/lib/rollout/naming';
import { openThrowawayDatabase, type ThrowawayDatabase } from '@/test/support/throwaway-database';
import { type SeedSummary, seedDemoData } from './seed-demo-data';

const NOW = new Date('2026-03-11T10:30:00Z'); // a Wednesday

const TABLES = [
  'Ngi', 'Site', 'Team', 'TeamContact', 'User', 'Group', 'GroupMembership', 'StackManager', 'TechnologyProvider', 'Stack',
  'Component', 'Platform', 'ComponentPlatform', 'Commitment', 'Release', 'ReleaseItem', 'Rollout', 'Participation', 'Report',
  'Finding', 'Comment', 'Document', 'AuditEvent', 'OutboxMessage',
];

/** First project year, Q1 = May-Jul 2010 ... Q4 = Feb-Apr 2011, boundaries at midnight UTC. */
const QUARTERS = [
  [new Date('2010-05-01T00:00:00Z'), new Date('2010-08-01T00:00:00Z')],
  [new Date('2010-08-01T00:00:00Z'), new Date('2010-11-01T00:00:00Z')],
  [new Date('2010-11-01T00:00:00Z'), new Date('2011-02-01T00:00:00Z')],
  [new Date('2011-02-01T00:00:00Z'), new Date('2011-05-01T00:00:00Z')],
] as const;

function quarterOf(date: Date | null): number | null {
  if (!date) return null;
  const index = QUARTERS.findIndex(([start, end]) => date >= start && date < end);
  return index < 0 ? null : index + 1;
}

function clientFor(config: DatabaseConfig): Db {
  const adapter =
    config.kind === 'pglite' ? new PrismaPGlite(getPglite(config.dataDir)) : new PrismaPg({ connectionString: config.url, max: 4 });
  return new PrismaClient({ adapter });
}

async function tableCounts(client: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await client.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

let database: ThrowawayDatabase;
let client: Db;
let first: SeedSummary;
let countsAfterFirst: Record<string, number>;

beforeAll(async () => {
  database = await openThrowawayDatabase();
  await applyMigrations(database.conn);
  client = clientFor(database.config);
  first = await seedDemoData(client, { now: NOW });
  countsAfterFirst = await tableCounts(client);
}, 180_000);

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

describe('seedDemoData', () => {
  it('fills an empty database, and a second run inserts nothing and changes no count', async () => {
    expect(first.inserted).toBeGreaterThan(1000);
    expect(first.counts).toMatchObject({ ngis: 17, stacks: 6, platforms: 5 });
    expect(first.counts.teams).toBeGreaterThanOrEqual(45);
    expect(first.counts.components).toBeGreaterThanOrEqual(60);
    expect(countsAfterFirst.OutboxMessage).toBe(0); // the seed never sends mail

    const second = await seedDemoData(client, { now: new Date(NOW.getTime() + 26 * 3_600_000) });
    expect(second.inserted).toBe(0);
    expect(second.counts).toEqual(first.counts);
    expect(await tableCounts(client)).toEqual(countsAfterFirst);
  });

  it('names every team ea-<NGI>-<Site>, with a TEAM group and member@<team>.demo.local in it', async () => {
    const teams = await client.team.findMany({
      include: {
        site: { include: { ngi: true } },
        group: { include: { memberships: { include: { user: true } } } },
        contacts: true,
      },
    });
    expect(teams.length).toBeGreaterThanOrEqual(45);
    for (const team of teams) {
      expect(team.name).toMatch(/^ea-[A-Z]+-[A-Za-z0-9_.-]+$/);
      expect(team.name).toBe(`ea-${team.site.ngi.code}-${team.site.name}`);
      expect(team.group?.kind).toBe('TEAM');
      expect(team.group?.name).toBe(team.name);
      const email = `member@${team.name.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}.demo.local`;
      expect(team.group?.memberships.map((membership) => membership.user.email)).toContain(email);
      expect(team.contacts.length).toBeGreaterThanOrEqual(1);
      expect(team.contacts.length).toBeLessThanOrEqual(3);
    }
    expect(await client.user.findUnique({ where: { email: 'member@ea-pt-lip-lisbon.demo.local' } })).not.toBeNull();
  });

  it('puts each team member in the mailing-list group of every stack the team commits to', async () => {
    const teams = await client.team.findMany({ include: { commitments: { include: { component: { include: { stack: true } } } } } });
    for (const team of teams) {
      const email = `member@${team.name.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}.demo.local`;
      const user = await client.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { group: true } } } });
      const groups = user.memberships.map((membership) => membership.group.name);
      for (const slug of new Set(team.commitments.map((commitment) => commitment.component.stack.slug))) {
        expect(groups).toContain(`early-adopters-${slug}`);
      }
    }
  });

  it('gives the staff their groups and the managers their stacks', async () => {
    const user = (email: string) =>
      client.user.findUniqueOrThrow({
        where: { email },
        include: { memberships: { include: { group: true } }, managedStacks: { include: { stack: true } } },
      });
    const groupsOf = async (email: string) => (await user(email)).memberships.map((membership) => membership.group.name);
    expect(await groupsOf('admin@demo.local')).toContain('early-adopters-admins');
    expect(await groupsOf('coordinator@demo.local')).toContain('sw-rel-sr');
    expect(await groupsOf('coordinator2@demo.local')).toContain('sw-rel-sr');
    expect(await groupsOf('provider@demo.local')).toContain('technology-providers');
    expect(await groupsOf('verifier@demo.local')).toContain('sw-rel-verifiers');
    for (const [email, stacks] of [
      ['manager-arc@demo.local', ['arc']],
      ['manager-glite@demo.local', ['glite']],
      ['manager-unicore@demo.local', ['unicore']],
      ['manager-globus@demo.local', ['globus']],
      ['manager-opstools@demo.local', ['ca', 'opstools']],
    ] as const) {
      const manager = await user(email);
      expect(manager.memberships.map((membership) => membership.group.name)).toContain('staged-rollout');
      expect(manager.managedStacks.map((link) => link.stack.slug).sort()).toEqual([...stacks]);
    }
  });

  it('reproduces Table 1: releases Accepted / Rejected / No test per quarter of the first project year', async () => {
    const releases = await client.release.findMany({
      select: { productionAt: true, skipJustification: true, items: { select: { state: true, rollout: true } } },
    });
    const table = [1, 2, 3, 4].map(() => ({ accepted: 0, rejected: 0, noTest: 0 }));
    for (const release of releases) {
      const decided = release.items
        .map((item) => item.rollout)
        .filter((rollout) => rollout && rollout.status === 'RESOLVED' && rollout.outcome && rollout.resolvedAt);
      if (decided.length > 0) {
        const latest = new Date(Math.max(...decided.map((rollout) => rollout!.resolvedAt!.getTime())));
        const quarter = quarterOf(latest);
        if (quarter) table[quarter - 1]![decided.some((rollout) => rollout!.outcome === 'REJECT') ? 'rejected' : 'accepted']++;
        continue;
      }
      const untested =
        release.items.some((item) => item.state === 'SKIPPED_ROLLOUT') ||
        (release.items.length > 0 && release.items.every((item) => item.state === 'PRODUCTION' && !item.rollout));
      const quarter = quarterOf(release.productionAt);
      if (untested && quarter) {
        table[quarter - 1]!.noTest++;
        expect(release.skipJustification).toBeTruthy();
      }
    }
    expect(table).toEqual([
      { accepted: 9, rejected: 1, noTest: 7 },
      { accepted: 8, rejected: 2, noTest: 7 },
      { accepted: 9, rejected: 2, noTest: 0 },
      { accepted: 26, rejected: 2, noTest: 0 },
    ]);
  });

  it('reproduces Table 2: staged-rollout tests (reports) per NGI per quarter, 80 in total', async () => {
    const reports = await client.report.findMany({
      select: {
        submittedAt: true,
        participation: { select: { invitedAt: true, team: { select: { createdAt: true, site: { select: { ngi: { select: { name: true } } } } } } } },
      },
    });
    const table: Record<string, number[]> = {};
    for (const report of reports) {
      expect(report.participation.team.createdAt.getTime()).toBeLessThan(report.submittedAt.getTime());
      const quarter = quarterOf(report.submittedAt);
      if (!quarter) continue;
      const ngi = report.participation.team.site.ngi.name;
      table[ngi] ??= [0, 0, 0, 0];
      table[ngi]![quarter - 1]!++;
    }
    expect(table).toEqual({
      Australia: [0, 1, 1, 0],
      Canada: [0, 0, 0, 1],
      CERN: [1, 0, 1, 2],
      Croatia: [0, 1, 0, 1],
      France: [1, 1, 0, 0],
      Germany: [3, 2, 1, 1],
      Greece: [0, 0, 0, 3],
      Italy: [3, 2, 2, 6],
      Macedonia: [0, 0, 1, 0],
      Netherlands: [0, 0, 0, 2],
      Poland: [0, 1, 0, 3],
      Portugal: [0, 4, 1, 6],
      Serbia: [1, 1, 0, 1],
      Slovenia: [1, 1, 2, 3],
      Spain: [2, 0, 2, 6],
      Switzerland: [0, 0, 1, 2],
      UK: [0, 0, 2, 3],
    });
    const perQuarter = [0, 1, 2, 3].map((index) => Object.values(table).reduce((sum, counts) => sum + counts[index]!, 0));
    expect(perQuarter).toEqual([12, 14, 14, 40]);
  });

  it('reproduces Table 3: 26 EA teams at the end of Q1, 40 at the end of Q3, 45 at the end of Q4', async () => {
    const alive = (end: Date) =>
      client.team.count({ where: { createdAt: { lt: end }, OR: [{ retiredAt: null }, { retiredAt: { gte: end } }] } });
    expect(await alive(QUARTERS[0][1])).toBe(26);
    const q2 = await alive(QUARTERS[1][1]);
    expect(q2).toBeGreaterThanOrEqual(26);
    expect(q2).toBeLessThanOrEqual(40);
    expect(await alive(QUARTERS[2][1])).toBe(40);
    expect(await alive(QUARTERS[3][1])).toBe(45);
  });

  it('gives every tested release of the first year at least one report, and every report a well-formed file', async () => {
    const rollouts = await client.rollout.findMany({
      // A superseded rollout ends without a summary document: its successor carries on.
      where: { status: 'RESOLVED', outcome: { in: ['ACCEPT', 'REJECT'] } },
      include: {
        participations: { include: { report: true, team: { include: { site: { include: { ngi: true } } } } } },
        releaseItem: { include: { platform: true, release: { include: { component: true, stack: true } } } },
        document: true,
      },
    });
    expect(rollouts.length).toBeGreaterThan(60);
    for (const rollout of rollouts) {
      const { release, platform } = rollout.releaseItem;
      expect(rollout.title).toBe(
        `Staged Rollout ${release.umdMajor} ${release.component.name} ${release.productVersion} ${platform.os} ${platform.arch}`,
      );
      expect(rollout.ownerId).not.toBeNull();
      expect(rollout.outcome).not.toBeNull();
      expect(rollout.document?.description).toBe(`Staged rollout ${release.stack.name} ${release.component.name} ${release.productVersion}`);
      const reported = rollout.participations.filter((participation) => participation.report);
      expect(reported.length).toBeGreaterThanOrEqual(1);
      for (const participation of reported) {
        const report = participation.report!;
        const content = Buffer.from(report.content);
        expect(report.size).toBe(content.length);
        expect(report.sha256).toBe(createHash('sha256').update(content).digest('hex'));
        expect(report.contentType).toMatch(/^text\/plain/);
        expect(report.fileName).toBe(
          `ea-${participation.team.site.ngi.code}-${participation.team.site.name}-${fileNamePart(release.stack.name)}-` +
            `${fileNamePart(release.component.name)}-${release.productVersion}.txt`,
        );
        expect(participation.status).toBe('ACCEPTED');
        expect(participation.repliedAt).not.toBeNull();
        expect(participation.repliedAt!.getTime()).toBeLessThanOrEqual(participation.replyDueAt!.getTime());
        const exposureDays = (participation.exposureEnd!.getTime() - participation.exposureStart!.getTime()) / 86_400_000;
        expect(exposureDays).toBeGreaterThanOrEqual(5);
        expect(exposureDays).toBeLessThanOrEqual(7);
        expect(participation.team.createdAt.getTime()).toBeLessThan(participation.invitedAt.getTime());
      }
    }
  });

  it('commits teams only to live components, on platforms the component ships on', async () => {
    const bad = await client.$queryRawUnsafe<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM "Commitment" c
      JOIN "Component" k ON k.id = c."componentId"
      WHERE k."retiredAt" IS NOT NULL
         OR NOT EXISTS (SELECT 1 FROM "ComponentPlatform" cp WHERE cp."componentId" = c."componentId" AND cp."platformId" = c."platformId")`);
    expect(bad[0]!.n).toBe(0);
    const components = await client.component.findMany({ where: { retiredAt: null }, include: { commitments: { select: { teamId: true } } } });
    const teamsPer = components.map((component) => new Set(component.commitments.map((c) => c.teamId)).size);
    expect(teamsPer.filter((n) => n >= 2).length).toBeGreaterThan(components.length / 2); // most: 2+
    expect(teamsPer.filter((n) => n === 1).length).toBeGreaterThan(0); // some: 1
    expect(teamsPer.filter((n) => n === 0).length).toBeGreaterThan(0); // some gaps
    expect(await client.component.count({ where: { retiredAt: { not: null } } })).toBeGreaterThanOrEqual(2);
  });

  it('has present-day activity in every state, relative to `now`', async () => {
    const states = await client.releaseItem.groupBy({ by: ['state'], _count: true });
    expect(states.map((row) => row.state).sort()).toEqual(
      ['IN_VERIFICATION', 'PRODUCTION', 'ROLLOUT_REJECTED', 'SKIPPED_ROLLOUT', 'STAGED_ROLLOUT', 'SUPERSEDED', 'UNVERIFIED', 'VERIFICATION_REJECTED'].sort(),
    );
    expect(await client.rollout.count({ where: { status: 'NEW', ownerId: null } })).toBeGreaterThanOrEqual(1);
    const invited = await client.participation.findMany({ where: { status: 'INVITED' } });
    expect(invited.some((participation) => participation.replyDueAt! < NOW)).toBe(true); // overdue
    expect(invited.some((participation) => participation.replyDueAt! > NOW)).toBe(true); // still awaited
    for (const participation of invited) {
      const due = participation.replyDueAt!;
      expect(due.getTime()).toBeGreaterThan(participation.invitedAt.getTime());
      expect(due.getTime() - participation.invitedAt.getTime()).toBeLessThanOrEqual(4 * 86_400_000); // 1 working day
    }
    const exposed = await client.participation.count({
      where: { status: { in: ['ACCEPTED', 'VOLUNTEERED'] }, exposureStart: { lt: NOW }, exposureEnd: { gt: NOW } },
    });
    expect(exposed).toBeGreaterThanOrEqual(2);
    const readyToClose = await client.rollout.findMany({
      where: { status: 'OPEN', participations: { some: { report: { isNot: null } } } },
      include: { participations: { include: { report: true } } },
    });
    expect(readyToClose.some((rollout) => rollout.participations.every((p) => p.status !== 'ACCEPTED' || p.report))).toBe(true);
  });

  it('shows one open rollout in each readiness state: Ready, Waiting, Held and stalled, and test plans in the catalogue', async () => {
    const open = await client.rollout.findMany({
      where: { status: { not: 'RESOLVED' } },
      include: {
        owner: { select: { name: true } },
        participations: { include: { team: { select: { name: true } }, report: { select: REPORT_FACTS_SELECT } } },
        findings: { include: { team: { select: { name: true } } } },
        releaseItem: { include: { release: true } },
      },
    });
    const judged = open.map((rollout) => evaluateReadiness(readinessFactsOf(rollout), DOCUMENT_DEFAULTS[policyKindOf(rollout.releaseItem.release)], NOW));
    expect([...new Set(judged.map((readiness) => readiness.state))].sort()).toEqual(['HELD', 'READY', 'WAITING']);
    // …and one stalled (waiting with nothing left to wait for), for the manager's choices.
    expect(judged.filter((readiness) => readiness.stalled).length).toBeGreaterThanOrEqual(1);
    expect(await client.testPlanItem.count()).toBeGreaterThanOrEqual(6);
  });

  it('shows one superseded rollout linked to its successor, and one embargoed security rollout', async () => {
    const superseded = await client.rollout.findMany({ where: { outcome: 'SUPERSEDED' }, include: { supersededBy: { include: { findings: true, participations: true } } } });
    expect(superseded).toHaveLength(1);
    const successor = superseded[0]!.supersededBy!;
    expect(successor.status).toBe('OPEN');
    expect(successor.participations.every((p) => p.status === 'INVITED')).toBe(true);
    expect(successor.findings.map((f) => [f.severity, f.foundInVersion])).toEqual([['BLOCKER', '3.7.0-1']]);
    // Every resolved rollout, the superseded one too, has its outcome, its time and its Document (the load bench's invariant).
    const incomplete = await client.rollout.findMany({ where: { status: 'RESOLVED', OR: [{ outcome: null }, { resolvedAt: null }, { document: null }] }, select: { number: true } });
    expect(incomplete).toEqual([]);
    const document = await client.document.findUniqueOrThrow({ where: { rolloutId: superseded[0]!.id } });
    expect(document.summary).toContain(`staged rollout goes on in rollout #${successor.number}`);
    expect(document.summary).toContain('recommends REJECT');
    const embargoed = await client.release.findMany({ where: { embargoedUntil: { gt: NOW } }, include: { items: { include: { rollout: { include: { participations: true } } } } } });
    expect(embargoed).toHaveLength(1);
    expect(embargoed[0]!.security).toBe(true);
    expect(embargoed[0]!.items[0]!.rollout!.participations).toHaveLength(1);
  });
});
