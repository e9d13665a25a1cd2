// The rollouts list query against the database: counts and teams aggregated in SQL, the overdue flag
// and filter against the reminders' rule (lib/notify/overdue.ts), filters, paging and the API shape.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { getOverdueParticipations } from '@/lib/notify/overdue';
import { createParticipation, createReport } from '@/lib/seed/factories';
import { rolloutTableParams } from './list-params';
import { listRollouts } from './list-rollouts';
import { rolloutListItem, rolloutTableRow } from './serialize';
import { makeRolloutWorld, makeTeam, type RolloutWorld } from './test-fixtures';

const MONDAY = new Date('2030-03-04T09:00:00Z');
const days = (n: number) => new Date(MONDAY.getTime() + n * 86_400_000);

async function openWorld(): Promise<RolloutWorld> {
  const world = await makeRolloutWorld();
  await db.rollout.update({ where: { id: world.rollout.id }, data: { status: 'OPEN', ownerId: world.manager.id, assignedAt: MONDAY } });
  return world;
}

const list = (query: Record<string, string>, now: Date) => listRollouts(rolloutTableParams.parse(query), null, now);

describe('listRollouts', () => {
  it('counts participations, reports and open findings, lists the teams, and flags overdue by the reminders’ rule', async () => {
    const testing = await openWorld(); // report due one working day after exposure
    const waiting = await openWorld(); // one invitation waiting for a reply
    const teams = [];
    for (let i = 0; i < 4; i++) teams.push(await makeTeam(testing, { commit: 'none' }));
    await createParticipation(db, { rolloutId: testing.rollout.id, teamId: teams[0]!.team.id, status: 'DECLINED', invitedAt: MONDAY });
    const reported = await createParticipation(db, { rolloutId: testing.rollout.id, teamId: teams[1]!.team.id, status: 'ACCEPTED', invitedAt: MONDAY, exposureStart: MONDAY, exposureEnd: days(2) });
    await createReport(db, { participationId: reported.id, recommendation: 'ACCEPT' });
    await createParticipation(db, { rolloutId: testing.rollout.id, teamId: teams[2]!.team.id, status: 'VOLUNTEERED', invitedAt: MONDAY, exposureStart: MONDAY, exposureEnd: days(7) });
    await createParticipation(db, { rolloutId: waiting.rollout.id, teamId: teams[3]!.team.id, status: 'INVITED', invitedAt: MONDAY });
    await db.finding.createMany({
      data: [
        { rolloutId: testing.rollout.id, kind: 'COMMENT', title: 'open one' },
        { rolloutId: testing.rollout.id, kind: 'COMMENT', title: 'closed one', open: false },
      ],
    });

    const { rows } = await list({ q: testing.component.name }, MONDAY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      number: testing.rollout.number,
      owner: { name: testing.manager.name, email: testing.manager.email },
      document: null,
      releaseItem: { platform: { os: 'SL5', arch: 'x86_64' }, release: { productVersion: '1.8.0-1', stack: { slug: testing.stack.slug }, component: { name: testing.component.name } } },
      counts: { invited: 3, accepted: 1, declined: 1, volunteered: 1, reports: 1, openFindings: 1 },
      teams: teams.slice(0, 3).map((t) => t.team.name).sort(),
      overdue: false,
    });

    // Before the reply deadline, after it; exposure just ended (grace day), report late.
    for (const now of [days(0.1), days(2), days(7.2), days(9)]) {
      const reference = new Set((await getOverdueParticipations({ now })).map((item) => item.rollout.id));
      for (const world of [testing, waiting]) {
        const [row] = (await list({ q: `#${world.rollout.number}` }, now)).rows;
        expect(row!.overdue, `${world === testing ? 'testing' : 'waiting'} at ${now.toISOString()}`).toBe(reference.has(world.rollout.id));
        const filtered = await list({ q: `#${world.rollout.number}`, overdue: 'yes' }, now);
        expect(filtered.total).toBe(reference.has(world.rollout.id) ? 1 : 0);
      }
    }
    expect((await list({ q: `#${waiting.rollout.number}` }, days(2))).rows[0]!.overdue).toBe(true);
    expect((await list({ q: `#${testing.rollout.number}` }, days(7.2))).rows[0]!.overdue).toBe(false);
    expect((await list({ q: `#${testing.rollout.number}` }, days(9))).rows[0]!.overdue).toBe(true);
    await db.rollout.update({ where: { id: testing.rollout.id }, data: { status: 'RESOLVED', outcome: 'ACCEPT', resolvedAt: days(9) } });
    expect((await list({ q: `#${testing.rollout.number}` }, days(9))).rows[0]!.overdue).toBe(false);
  });

  it('filters by stack, manager and team without regard to case, sorts, and shows the last page past the end', async () => {
    const a = await openWorld();
    const b = await openWorld();
    const team = await makeTeam(b, { commit: 'none' });
    await createParticipation(db, { rolloutId: b.rollout.id, teamId: team.team.id, status: 'INVITED', invitedAt: MONDAY });
    const numbers = async (query: Record<string, string>) => (await list(query, MONDAY)).rows.map((row) => row.number);

    expect(await numbers({ stack: a.stack.slug.toUpperCase() })).toEqual([a.rollout.number]);
    expect(await numbers({ manager: b.manager.email.toUpperCase() })).toEqual([b.rollout.number]);
    expect(await numbers({ team: team.team.name.toLowerCase() })).toEqual([b.rollout.number]);
    expect(await numbers({ team: team.team.name, status: 'NEW' })).toEqual([]);
    // LIKE wildcards in a value are literal characters, not patterns.
    expect(await numbers({ team: '%', perPage: '500' })).toEqual([]);
    expect(await numbers({ team: team.team.name.replace(/.$/, '_'), perPage: '500' })).toEqual([]);
    expect(await numbers({ stack: '%', perPage: '500' })).toEqual([]);
    expect(await numbers({ manager: '%@%', perPage: '500' })).toEqual([]);
    expect(await numbers({ q: '%', perPage: '500' })).toEqual([]);
    expect(await numbers({ q: 'EMI-1.0 CREAM', sort: 'number', dir: 'asc', perPage: '500' })).toEqual(expect.arrayContaining([a.rollout.number, b.rollout.number]));
    const ascending = await numbers({ q: 'EMI-1.0 CREAM', sort: 'number', dir: 'asc', perPage: '500' });
    expect(ascending).toEqual([...ascending].sort((x, y) => x - y));

    const last = await list({ q: 'EMI-1.0 CREAM', perPage: '10', page: '9999' }, MONDAY);
    expect(last.page).toBe(Math.ceil(last.total / 10));
    expect(last.rows.length).toBeGreaterThan(0);
    expect(await list({ q: 'no such rollout anywhere', page: '3' }, MONDAY)).toEqual({ rows: [], total: 0, page: 1, perPage: 25 });
  });

  it('keeps the API item shape, and the table gets only what it shows', async () => {
    const world = await openWorld();
    const [row] = (await list({ q: `#${world.rollout.number}` }, MONDAY)).rows;
    expect(Object.keys(rolloutListItem(row!))).toEqual([
      'id', 'number', 'title', 'status', 'outcome', 'stack', 'component', 'productVersion', 'umdMajor', 'platform', 'release',
      'manager', 'createdAt', 'assignedAt', 'resolvedAt', 'volunteersCalledAt', 'documentNumber', 'teams', 'counts', 'overdue', 'readiness', 'url',
    ]);
    expect(rolloutListItem(row!)).toMatchObject({
      id: world.rollout.id,
      stack: { slug: world.stack.slug, name: world.stack.name },
      platform: { os: 'SL5', arch: 'x86_64', label: 'SL5 x86_64' },
      release: { number: world.release.number, type: 'MINOR', security: false, embargoedUntil: null, url: expect.stringMatching(new RegExp(`^https?://[^/]+/releases/${world.release.number}$`)) },
      manager: { id: world.manager.id, email: world.manager.email },
      teams: [],
      url: expect.stringMatching(new RegExp(`^https?://[^/]+/rollouts/${world.rollout.number}$`)),
    });
    expect(rolloutTableRow(row!)).toEqual({
      number: world.rollout.number,
      title: world.rollout.title,
      status: 'OPEN',
      outcome: null,
      overdue: false,
      readiness: 'WAITING', // no team invited yet
      stalled: false, // nobody invited: the manager's first step, not a stall
      embargoed: false,
      stack: world.stack.name,
      owner: world.manager.name,
      counts: { invited: 0, accepted: 0, declined: 0, volunteered: 0, reports: 0, openFindings: 0 },
      createdAt: row!.createdAt,
    });
  });
});
