import { randomBytes } from 'node:crypto';
// Creating and editing teams: the derived name, the group created with the team, and bad input
// (duplicate team, unknown NGI code) rejected with a field message and nothing saved.
import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/actions/action-result';
import { db } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { ensureNgi, uniqueTag } from '@/lib/seed/factories';
import { createTeam } from './create-team';
import { ZCreateTeam } from './schemas';
import { setTeamRetired, updateTeam } from './update-team';
import { makeAdmin } from '@/lib/rollout/test-fixtures';

const ACTOR = await makeAdmin();
// Six random letters: digits mapped to one letter made codes collide across tests.
const code = () => `N${Array.from(randomBytes(6), (byte) => String.fromCharCode(65 + (byte % 26))).join('')}`;

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('createTeam', () => {
  it('derives ea-<NGI>-<Site>, creates the site and the TEAM group, and audits', async () => {
    const ngi = await ensureNgi(db, { code: code() });
    const site = `SITE-${uniqueTag()}`;
    const input = parseInput(ZCreateTeam, { ngiCode: ngi.code.toLowerCase(), siteName: site, timeZone: 'Europe/Lisbon' });
    const created = await createTeam(ACTOR, input);
    expect(created.name).toBe(`ea-${ngi.code}-${site}`);
    const team = await db.team.findUniqueOrThrow({ where: { id: created.id }, include: { group: true, site: true } });
    expect(team.group).toMatchObject({ name: created.name, kind: 'TEAM' });
    expect(team.site).toMatchObject({ name: site, ngiId: ngi.id, timeZone: 'Europe/Lisbon' });
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Team', entityId: team.id } });
    expect(audit.map((event) => event.action)).toEqual(['team.create']);
  });

  it('creates a new NGI only when asked, with its name', async () => {
    const newCode = code();
    expect(() => parseInput(ZCreateTeam, { ngiCode: newCode, createNgi: 'on', siteName: 'X-1' })).toThrow(ValidationError);
    const created = await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: newCode, createNgi: 'on', ngiName: 'Atlantis', siteName: 'X-1' }));
    expect(created.name).toBe(`ea-${newCode}-X-1`);
    expect(await db.ngi.findUnique({ where: { code: newCode } })).toMatchObject({ name: 'Atlantis' });
  });

  it('refuses an unknown NGI code next to the field and saves nothing', async () => {
    const unknown = code();
    const site = `SITE-${uniqueTag()}`;
    const errors = await fieldErrorsOf(createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: unknown, siteName: site })));
    expect(errors.ngiCode?.[0]).toMatch(/Unknown NGI code/);
    expect(await db.ngi.count({ where: { code: unknown } })).toBe(0);
    expect(await db.site.count({ where: { name: site } })).toBe(0);
    expect(await db.group.count({ where: { name: `ea-${unknown}-${site}` } })).toBe(0);
  });

  it('refuses a duplicate team (any letter case) next to the site field and saves nothing', async () => {
    const ngi = await ensureNgi(db, { code: code() });
    const site = `Dup-${uniqueTag()}`;
    await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: site }));
    const before = { teams: await db.team.count(), sites: await db.site.count(), audit: await db.auditEvent.count() };
    const errors = await fieldErrorsOf(createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: site.toUpperCase() })));
    expect(errors.siteName?.[0]).toMatch(/already exists/);
    expect({ teams: await db.team.count(), sites: await db.site.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it('rejects malformed names before touching the database', () => {
    expect(() => parseInput(ZCreateTeam, { ngiCode: 'I-T', siteName: 'ok' })).toThrow(ValidationError);
    expect(() => parseInput(ZCreateTeam, { ngiCode: 'IT', siteName: 'has space' })).toThrow(ValidationError);
    expect(() => parseInput(ZCreateTeam, { ngiCode: 'IT', siteName: 'ok', timeZone: 'Mars/Olympus' })).toThrow(ValidationError);
  });
});

describe('updateTeam', () => {
  it('renames the team and its group when the site changes, version-guarded', async () => {
    const ngi = await ensureNgi(db, { code: code() });
    const created = await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: `Old-${uniqueTag()}` }));
    const site = `New-${uniqueTag()}`;
    const edit = { teamId: created.id, version: 1, ngiCode: ngi.code, siteName: site, timeZone: 'Europe/Rome', description: 'moved' };
    const renamed = await updateTeam(ACTOR, edit);
    expect(renamed.name).toBe(`ea-${ngi.code}-${site}`);
    const team = await db.team.findUniqueOrThrow({ where: { id: created.id }, include: { group: true, site: true } });
    expect(team).toMatchObject({ name: renamed.name, version: 2, description: 'moved' });
    expect(team.group?.name).toBe(renamed.name);
    expect(team.site.timeZone).toBe('Europe/Rome');
    await expect(updateTeam(ACTOR, { ...edit, description: 'stale' })).rejects.toThrow(/changed by someone else/);
  });

  it('refuses to move a team onto a site that has one', async () => {
    const ngi = await ensureNgi(db, { code: code() });
    const a = await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: `A-${uniqueTag()}` }));
    const b = await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: `B-${uniqueTag()}` }));
    const siteB = b.name.slice(`ea-${ngi.code}-`.length);
    const errors = await fieldErrorsOf(updateTeam(ACTOR, { teamId: a.id, version: 1, ngiCode: ngi.code, siteName: siteB, timeZone: 'UTC', description: '' }));
    expect(errors.siteName?.[0]).toMatch(/already exists/);
    expect((await db.team.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(a.name);
  });

  it('retires and reactivates', async () => {
    const ngi = await ensureNgi(db, { code: code() });
    const created = await createTeam(ACTOR, parseInput(ZCreateTeam, { ngiCode: ngi.code, siteName: `R-${uniqueTag()}` }));
    await setTeamRetired(ACTOR, { teamId: created.id, version: 1, retire: true });
    expect((await db.team.findUniqueOrThrow({ where: { id: created.id } })).retiredAt).not.toBeNull();
    await setTeamRetired(ACTOR, { teamId: created.id, version: 2, retire: false });
    expect((await db.team.findUniqueOrThrow({ where: { id: created.id } })).retiredAt).toBeNull();
  });
});
