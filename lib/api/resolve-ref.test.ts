// The API's one reference resolver against the real database: each kind by id and by its names, any
// letter case; an unknown reference is a 404 in a path and a 400 on the field in a body; an ambiguous
// name is a 400 listing the candidates.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { createComponent, createTeam, createUser, ensureNgi, ensurePlatform, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { PATH, resolveComponent, resolveNgi, resolvePlatform, resolveStack, resolveTeam, resolveUser } from './resolve-ref';

describe('resolve-ref', () => {
  it('finds a team by id or by name in any case; an unknown one is a 404 in a path, a 400 on the field in a body', async () => {
    const { team } = await createTeam(db);
    expect(await resolveTeam(team.id, PATH)).toEqual({ id: team.id, name: team.name });
    expect((await resolveTeam(team.name.toUpperCase(), PATH)).id).toBe(team.id);
    await expect(resolveTeam('ea-NONE-here', PATH)).rejects.toBeInstanceOf(NotFoundError);
    const inBody = await resolveTeam('ea-NONE-here', { field: 'team' }).catch((error: unknown) => error);
    expect(inBody).toBeInstanceOf(ValidationError);
    expect((inBody as ValidationError).fieldErrors.team).toEqual(['No team "ea-NONE-here" (give its id or its name, ea-<NGI>-<Site>).']);
  });

  it('finds an NGI by code before name, and calls a name two NGIs share ambiguous', async () => {
    const shared = `Shared ${uniqueTag()}`;
    const first = await ensureNgi(db, { code: `A${uniqueLetters(5)}`, name: shared });
    await ensureNgi(db, { code: `B${uniqueLetters(5)}`, name: shared });
    expect((await resolveNgi(first.code.toLowerCase(), PATH)).id).toBe(first.id);
    const ambiguous = (await resolveNgi(shared, { field: 'ngi' }).catch((error: unknown) => error)) as ValidationError;
    expect(ambiguous).toBeInstanceOf(ValidationError);
    expect(ambiguous.fieldErrors.ngi![0]).toMatch(/names 2 NGIs/);
  });

  it('finds a stack by slug or name, a component by <stack>/<name>, a platform as "OS arch" or "OS/arch"', async () => {
    const component = await createComponent(db, { platforms: ['SL6 x86_64'] });
    const stack = await db.stack.findUniqueOrThrow({ where: { id: component.stackId } });
    expect((await resolveStack(stack.name, PATH)).id).toBe(stack.id);
    expect((await resolveStack(stack.slug.toUpperCase(), PATH)).id).toBe(stack.id);
    expect((await resolveComponent(`${stack.slug}/${component.name}`, PATH)).id).toBe(component.id);
    const platform = await ensurePlatform(db, 'SL6', 'x86_64');
    expect((await resolvePlatform('sl6 X86_64', PATH)).id).toBe(platform.id);
    expect((await resolvePlatform('SL6/x86_64', PATH)).id).toBe(platform.id);
    await expect(resolvePlatform('SL6', { field: 'platform' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('finds a user by id or e-mail address in any case; LIKE wildcards in a name match nothing else', async () => {
    const user = await createUser(db, { email: `ref_${uniqueTag()}@example.org` });
    expect((await resolveUser(user.email.toUpperCase(), PATH)).id).toBe(user.id);
    expect((await resolveUser(user.id, PATH)).email).toBe(user.email);
    await expect(resolveUser(user.email.replace('_', '%'), PATH)).rejects.toBeInstanceOf(NotFoundError);
  });
});
