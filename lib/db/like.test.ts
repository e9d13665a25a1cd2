import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { isTeamAddress } from '@/lib/rollout/recipients';
import { createTeam, createUser, uniqueTag } from '@/lib/seed/factories';
import { assertTeamNameFree } from '@/lib/teams/create-team';
import { containsIgnoringCase, equalsIgnoringCase, likeContains, likeLiteral, startingWith } from './like';

describe('LIKE-safe filters', () => {
  it('escapes %, _ and backslash', () => {
    expect(likeLiteral('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
    expect(likeContains('50%')).toBe('%50\\%%');
  });

  it('match only the literal text, still ignoring case, in real Prisma queries', async () => {
    const tag = uniqueTag().toUpperCase().replace(/[^A-Z0-9]/g, 'X');
    const ngi = await db.ngi.create({ data: { code: `L${tag}`.slice(0, 12), name: `Like ${tag}` } });
    for (const name of [`P${tag}_ONE`, `P${tag}XONE`, `P${tag}%TWO`, `P${tag}\\THREE`]) await db.site.create({ data: { ngiId: ngi.id, name } });
    const names = async (where: object) => (await db.site.findMany({ where: { ngiId: ngi.id, ...where }, orderBy: { name: 'asc' } })).map((site) => site.name);

    expect(await names({ name: equalsIgnoringCase(`p${tag}_one`.toLowerCase()) })).toEqual([`P${tag}_ONE`]);
    expect(await names({ name: equalsIgnoringCase('%') })).toEqual([]);
    expect(await names({ name: containsIgnoringCase('%') })).toEqual([`P${tag}%TWO`]);
    expect(await names({ name: containsIgnoringCase('_one') })).toEqual([`P${tag}_ONE`]);
    expect(await names({ name: containsIgnoringCase('\\three') })).toEqual([`P${tag}\\THREE`]);
    expect(await names({ name: startingWith(`P${tag}_`) })).toEqual([`P${tag}_ONE`]);
  });

  it('a team name with an underscore does not clash with one that has another character there', async () => {
    const tag = uniqueTag().toUpperCase().replace(/[^A-Z0-9]/g, 'X');
    const existing = await createTeam(db, { siteName: `SITEX${tag}`, withMember: false });
    const similar = existing.team.name.replace(`SITEX${tag}`, `SITE_${tag}`);
    await db.$transaction((tx) => assertTeamNameFree(tx, similar));
    await expect(db.$transaction((tx) => assertTeamNameFree(tx, existing.team.name.toLowerCase()))).rejects.toThrow();
  });

  it('an address with an underscore does not speak for the member whose address it would match as a pattern', async () => {
    const bundle = await createTeam(db, { withMember: false });
    const tag = uniqueTag();
    const alice = await createUser(db, { email: `alice-${tag}@site.example`, groups: [bundle.team.name] });
    const lookalike = alice.email.replace('alice', 'al_ce');
    expect((await db.$transaction((tx) => isTeamAddress(tx, bundle.team.id, lookalike))).member).toBeNull();
    expect((await db.$transaction((tx) => isTeamAddress(tx, bundle.team.id, alice.email.toUpperCase()))).member?.id).toBe(alice.id);
  });
});
