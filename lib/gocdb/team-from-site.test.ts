// Creating a team when GOCDB is configured: an NGI read from GOCDB takes a site the sync imported (and
// GOCDB still lists), linking the team to it; a typed or removed site is refused next to the field; with
// GOCDB_URL unset the free-text path is unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseInput } from '@/lib/actions/action-result';
import { db } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { uniqueLetters } from '@/lib/seed/factories';
import { createTeam } from '@/lib/teams/create-team';
import { ZCreateTeam, ZEditTeam } from '@/lib/teams/schemas';
import { updateTeam } from '@/lib/teams/update-team';
import { makeAdmin } from '@/lib/rollout/test-fixtures';

const ACTOR = await makeAdmin();

async function syncedNgi() {
  const code = `G${uniqueLetters(7)}`;
  const ngi = await db.ngi.create({ data: { code, name: `NGI_${code}`, gocdbName: `NGI_${code}`, gocdbSyncedAt: new Date() } });
  const site = await db.site.create({ data: { ngiId: ngi.id, name: `${code}-T1`, gocdbKey: `${code}G0`, timeZone: 'Europe/Rome', gocdbSyncedAt: new Date() } });
  const removed = await db.site.create({ data: { ngiId: ngi.id, name: `${code}-OLD`, gocdbKey: `${code}G1`, gocdbRemovedAt: new Date() } });
  return { ngi, site, removed };
}

const input = (ngiCode: string, siteName: string) => parseInput(ZCreateTeam, { ngiCode, siteName, timeZone: 'UTC' });

async function siteErrors(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.siteName?.join(' ') ?? '';
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a team from a GOCDB site', () => {
  it('links the team to the synced site, which keeps its GOCDB time zone', async () => {
    vi.stubEnv('GOCDB_URL', 'http://127.0.0.1:9/gocdbpi');
    const { ngi, site } = await syncedNgi();
    const created = await createTeam(ACTOR, input(ngi.code, site.name));
    const team = await db.team.findUniqueOrThrow({ where: { id: created.id }, include: { site: true } });
    expect(team.siteId).toBe(site.id);
    expect(team.site.timeZone).toBe('Europe/Rome');
  });

  it('refuses a typed site GOCDB does not list, and one GOCDB removed, saving nothing', async () => {
    vi.stubEnv('GOCDB_URL', 'http://127.0.0.1:9/gocdbpi');
    const { ngi, removed } = await syncedNgi();
    expect(await siteErrors(createTeam(ACTOR, input(ngi.code, `${ngi.code}-TYPED`)))).toContain(`GOCDB lists no site ${ngi.code}-TYPED`);
    expect(await siteErrors(createTeam(ACTOR, input(ngi.code, removed.name)))).toContain('no longer in GOCDB');
    expect(await db.site.count({ where: { ngiId: ngi.id } })).toBe(2);
    expect(await db.team.count({ where: { site: { ngiId: ngi.id } } })).toBe(0);
  });

  it('keeps the free-text path when GOCDB_URL is not set', async () => {
    vi.stubEnv('GOCDB_URL', '');
    const { ngi } = await syncedNgi();
    const created = await createTeam(ACTOR, input(ngi.code, `${ngi.code}-HAND`));
    expect(created.name).toBe(`ea-${ngi.code}-${ngi.code}-HAND`);
  });

  it('refuses moving a team to a typed site in an NGI read from GOCDB', async () => {
    vi.stubEnv('GOCDB_URL', 'http://127.0.0.1:9/gocdbpi');
    const { ngi, site } = await syncedNgi();
    const created = await createTeam(ACTOR, input(ngi.code, site.name));
    const edit = parseInput(ZEditTeam, { teamId: created.id, version: 1, ngiCode: ngi.code, siteName: `${ngi.code}-TYPED`, timeZone: 'UTC', description: '' });
    expect(await siteErrors(updateTeam(ACTOR, edit))).toContain(`GOCDB lists no site ${ngi.code}-TYPED`);
    expect((await db.team.findUniqueOrThrow({ where: { id: created.id } })).siteId).toBe(site.id);
  });
});
