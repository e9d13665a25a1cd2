// The teams table's filter choices, read in one query: NGIs only when they have a team, OSes and arches
// once each, every list sorted; no component names (the component filter looks them up as one types).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createComponent, createTeam, ensureNgi, uniqueTag } from '@/lib/seed/factories';
import { getTeamFilterOptions } from './get-filter-options';

const isSorted = (values: string[], compare: (a: string, b: string) => number) => values.every((value, i) => i === 0 || compare(values[i - 1]!, value) <= 0);

describe('getTeamFilterOptions', () => {
  it('lists NGIs with teams, stacks and distinct platforms, sorted', async () => {
    const tag = uniqueTag();
    const { ngi: withTeam } = await createTeam(db, {});
    const empty = await ensureNgi(db);
    const name = `OPT-${tag}`;
    await createComponent(db, { stack: `opt-a-${tag}`, name, platforms: [`OptOS${tag} x86_64`, `OptOS${tag} opt${tag}`] });
    await createComponent(db, { stack: `opt-b-${tag}`, name, platforms: [`OptOS${tag} x86_64`] });

    const options = await getTeamFilterOptions();
    const codes = options.ngis.map((ngi) => ngi.code);
    expect(options.ngis).toContainEqual({ code: withTeam.code, name: withTeam.name });
    expect(codes).not.toContain(empty.code);
    expect(options.stacks.map((stack) => stack.slug)).toEqual(expect.arrayContaining([`opt-a-${tag}`, `opt-b-${tag}`]));
    expect(options).not.toHaveProperty('components');
    expect(options.oses.filter((os) => os === `OptOS${tag}`)).toHaveLength(1);
    expect(options.arches).toContain(`opt${tag}`);
    expect(options.arches.filter((arch) => arch === 'x86_64')).toHaveLength(1);
    expect(isSorted(options.oses, (a, b) => a.localeCompare(b))).toBe(true);
    expect(isSorted(options.arches, (a, b) => a.localeCompare(b))).toBe(true);
  });
});
