// The teams table query: filters (NGI, stack, component, OS, arch, free text, status) applied to the
// same commitment, server-side sorting on counts with stable ties, paging and the total.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { addToGroup, createCommitment, createComponent, createParticipation, createTeam, createUser, ensureNgi, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { listTeams } from './list-teams';
import { teamTableParams } from './table-params';

let ngiCode = '';
let stackSlug = '';
let cream = '';
let wms = '';
const names: Record<'a' | 'b' | 'c' | 'd' | 'retired', string> = { a: '', b: '', c: '', d: '', retired: '' };

const view = (params: Record<string, string>) => listTeams(teamTableParams.parse({ ngi: ngiCode, ...params }));

beforeAll(async () => {
  ngiCode = `L${uniqueLetters(6)}`;
  await ensureNgi(db, { code: ngiCode, name: 'List Land' });
  stackSlug = `st-${uniqueTag()}`;
  const creamC = await createComponent(db, { stack: stackSlug, name: `CREAM-${uniqueTag()}`, platforms: ['SL5 x86_64', 'SL6 x86_64'] });
  const wmsC = await createComponent(db, { stack: stackSlug, name: `WMS-${uniqueTag()}`, platforms: ['SL5 x86_64', 'SL6 x86_64'] });
  cream = creamC.name;
  wms = wmsC.name;
  const [sl5, sl6] = creamC.platformList;
  const make = async (site: string, extra: Parameters<typeof createTeam>[1] = {}) => (await createTeam(db, { ngiCode, siteName: site, ...extra })).team;
  const a = await make('Alpha', { contacts: ['desk@alpha.example'] });
  const b = await make('bravo');
  const c = await make('Charlie');
  const d = await make('Delta', { withMember: false });
  const retired = await make('Echo-retired', { retiredAt: new Date() });
  Object.assign(names, { a: a.name, b: b.name, c: c.name, d: d.name, retired: retired.name });
  // a: CREAM on SL5; b: CREAM on SL6 and WMS on SL5; c: WMS on SL6; d: nothing.
  await createCommitment(db, { teamId: a.id, componentId: creamC.id, platformId: sl5!.id });
  await createCommitment(db, { teamId: b.id, componentId: creamC.id, platformId: sl6!.id });
  await createCommitment(db, { teamId: b.id, componentId: wmsC.id, platformId: sl5!.id });
  await createCommitment(db, { teamId: c.id, componentId: wmsC.id, platformId: sl6!.id });
  // b has three members (one of them through both sources), c has one.
  for (let i = 0; i < 2; i++) {
    const user = await createUser(db, { name: `Bravo Extra ${i}` });
    await addToGroup(db, user.id, b.name, 'APP');
    if (i === 0) await addToGroup(db, user.id, b.name, 'IDP');
  }
  // c took part in two rollouts and declined one; b took part in one.
  await createParticipation(db, { teamId: c.id, status: 'ACCEPTED' });
  await createParticipation(db, { teamId: c.id, status: 'VOLUNTEERED' });
  await createParticipation(db, { teamId: c.id, status: 'DECLINED' });
  await createParticipation(db, { teamId: b.id, status: 'ACCEPTED' });
});

describe('listTeams', () => {
  it('lists the active teams of the NGI by name, case-insensitively, with their details and counts', async () => {
    const page = await view({});
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual([names.a, names.b, names.c, names.d]);
    const bravo = page.rows[1]!;
    expect(bravo.counts).toEqual({ members: 3, contacts: 0, commitments: 2, rollouts: 1 });
    expect(bravo.members.find((member) => member.name === 'Bravo Extra 0')?.sources.sort()).toEqual(['APP', 'IDP']);
    expect(bravo.commitments.map((c) => `${c.component} ${c.os} ${c.arch}`)).toEqual([`${cream} SL6 x86_64`, `${wms} SL5 x86_64`]);
    expect(bravo.commitments[0]).toMatchObject({ stackSlug, provider: 'EMI' });
    expect(page.rows[0]!.contacts).toEqual([{ email: 'desk@alpha.example', name: '' }]);
    expect(page.rows[2]!.counts.rollouts).toBe(2);
  });

  it('applies component, OS and arch to the same commitment', async () => {
    expect((await view({ component: cream })).rows.map((row) => row.name)).toEqual([names.a, names.b]);
    expect((await view({ component: cream, os: 'SL6' })).rows.map((row) => row.name)).toEqual([names.b]);
    expect((await view({ component: wms, os: 'SL6', arch: 'x86_64' })).rows.map((row) => row.name)).toEqual([names.c]);
    expect((await view({ stack: stackSlug })).total).toBe(3);
    expect((await view({ component: cream, arch: 'i386' })).total).toBe(0);
  });

  it('searches names, contacts and members as free text, taking % and _ literally', async () => {
    expect((await view({ q: 'desk@ALPHA' })).rows.map((row) => row.name)).toEqual([names.a]);
    expect((await view({ q: 'bravo extra 1' })).rows.map((row) => row.name)).toEqual([names.b]);
    expect((await view({ q: 'harl' })).rows.map((row) => row.name)).toEqual([names.c]);
    expect((await view({ q: '%' })).total).toBe(0);
  });

  it('shows retired teams on request', async () => {
    expect((await view({ status: 'retired' })).rows.map((row) => row.name)).toEqual([names.retired]);
    expect((await view({ status: 'all' })).total).toBe(5);
  });

  it('sorts by counts on the server, ties broken by name', async () => {
    expect((await view({ sort: 'members', dir: 'desc' })).rows.map((row) => row.name)).toEqual([names.b, names.a, names.c, names.d]);
    expect((await view({ sort: 'rollouts', dir: 'desc' })).rows.map((row) => row.name)).toEqual([names.c, names.b, names.a, names.d]);
    expect((await view({ sort: 'commitments', dir: 'asc' })).rows.map((row) => row.name)).toEqual([names.d, names.a, names.c, names.b]);
  });

  it('pages through the sorted view and clamps a page past the end', async () => {
    const first = await view({ perPage: '2', sort: 'site', dir: 'desc' });
    const second = await view({ perPage: '2', sort: 'site', dir: 'desc', page: '2' });
    expect([...first.rows, ...second.rows].map((row) => row.name)).toEqual([names.d, names.c, names.b, names.a]);
    expect(second).toMatchObject({ total: 4, page: 2, perPage: 2 });
    const beyond = await view({ perPage: '2', sort: 'site', dir: 'desc', page: '99' });
    expect(beyond).toMatchObject({ total: 4, page: 2 });
    expect(beyond.rows.map((row) => row.name)).toEqual([names.b, names.a]);
    // The total comes with the page (a window count): right on a filtered page, and 0 for an empty view.
    expect(await view({ perPage: '1', page: '2', stack: stackSlug })).toMatchObject({ total: 3, page: 2 });
    expect(await view({ q: 'no team is called this', page: '3' })).toMatchObject({ rows: [], total: 0, page: 1 });
  });

  it('returns every row of the view for an export', async () => {
    const all = await listTeams(teamTableParams.parse({ ngi: ngiCode, perPage: '1' }), { all: true });
    expect(all.rows).toHaveLength(4);
  });
  it('sorts by rollouts counted at the clock of the request: an embargo lifted since the server started counts', async () => {
    const teamD = await db.team.findUniqueOrThrow({ where: { name: names.d } });
    const liftsAt = new Date(Date.now() + 60 * 60 * 1000);
    for (let i = 0; i < 3; i++) {
      const participation = await createParticipation(db, { teamId: teamD.id, status: 'ACCEPTED' });
      const rollout = await db.rollout.findUniqueOrThrow({ where: { id: participation.rolloutId }, include: { releaseItem: true } });
      await db.release.update({ where: { id: rollout.releaseItem.releaseId }, data: { embargoedUntil: liftsAt } });
    }
    // Under embargo the three do not count (the table is the same for every reader).
    expect((await view({ sort: 'rollouts', dir: 'desc' })).rows.map((row) => row.name)).toEqual([names.c, names.b, names.a, names.d]);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(liftsAt.getTime() + 60_000) });
    try {
      const page = await view({ sort: 'rollouts', dir: 'desc' });
      expect(page.rows.map((row) => row.name)).toEqual([names.d, names.c, names.b, names.a]);
      expect(page.rows[0]!.counts.rollouts).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
