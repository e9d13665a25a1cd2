// The catalogue: providers, stacks (with their list group), platforms, components with the platforms
// they ship on, retire/unretire keeping history, and the components table query.
import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/actions/action-result';
import { db } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { createCommitment, createRelease, ensurePlatform, ensureStack, uniqueTag } from '@/lib/seed/factories';
import { listComponents } from './list-components';
import { createComponent, setComponentRetired, updateComponent } from './manage-components';
import { createPlatform, createProvider, updateProvider } from './manage-providers';
import { createStack } from './manage-stacks';
import { ZCreateComponent, ZCreateStack } from './schemas';
import { componentTableParams } from './table-params';
import { makeAdmin } from '@/lib/rollout/test-fixtures';

const ACTOR = await makeAdmin();

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('providers, stacks and platforms', () => {
  it('creates a provider, refuses a duplicate name, edits with a version guard', async () => {
    const name = `TP-${uniqueTag()}`;
    const provider = await createProvider(ACTOR, { name, external: true });
    expect((await fieldErrorsOf(createProvider(ACTOR, { name: name.toLowerCase(), external: false }))).name).toBeDefined();
    await updateProvider(ACTOR, { id: provider.id, version: 1, name: `${name}-x`, external: false });
    await expect(updateProvider(ACTOR, { id: provider.id, version: 1, name, external: false })).rejects.toThrow(/changed by someone else/);
  });

  it('creates a stack with its early-adopters-<slug> group and default list address', async () => {
    const provider = await createProvider(ACTOR, { name: `TP-${uniqueTag()}`, external: false });
    const slug = `s-${uniqueTag()}`;
    const stack = await createStack(ACTOR, parseInput(ZCreateStack, { slug: slug.toUpperCase(), name: `Stack ${slug}`, providerId: provider.id }));
    expect(stack.slug).toBe(slug);
    expect(stack.mailingList).toMatch(new RegExp(`^early-adopters-${slug}@`));
    expect(await db.group.findUnique({ where: { name: `early-adopters-${slug}` } })).toMatchObject({ kind: 'STACK_LIST', stackId: stack.id });
    const errors = await fieldErrorsOf(createStack(ACTOR, parseInput(ZCreateStack, { slug, name: 'Other', providerId: provider.id })));
    expect(errors.slug).toBeDefined();
  });

  it('creates a platform once', async () => {
    const os = `OS${uniqueTag()}`;
    await createPlatform(ACTOR, { os, arch: 'x86_64' });
    expect((await fieldErrorsOf(createPlatform(ACTOR, { os: os.toLowerCase(), arch: 'X86_64' }))).os).toBeDefined();
  });
});

describe('components', () => {
  it('creates a component shipping on platforms; refuses a duplicate name in the stack', async () => {
    const stack = await ensureStack(db);
    const [sl5, sl6] = [await ensurePlatform(db, 'SL5', 'x86_64'), await ensurePlatform(db, 'SL6', 'x86_64')];
    const input = parseInput(ZCreateComponent, { stackId: stack.id, name: 'CREAM', capability: 'COMPUTE', platformIds: [sl5.id, sl6.id] });
    const component = await createComponent(ACTOR, input);
    expect(await db.componentPlatform.count({ where: { componentId: component.id } })).toBe(2);
    expect((await fieldErrorsOf(createComponent(ACTOR, { ...input, name: 'cream' }))).name).toBeDefined();
    expect(() => parseInput(ZCreateComponent, { stackId: stack.id, name: 'has space', capability: 'COMPUTE' })).toThrow(ValidationError);
    expect(() => parseInput(ZCreateComponent, { stackId: stack.id, name: 'UNICORE/X', capability: 'NOPE' })).toThrow(ValidationError);
    expect(parseInput(ZCreateComponent, { stackId: stack.id, name: 'UNICORE/X', capability: 'COMPUTE' }).name).toBe('UNICORE/X');
  });

  it('will not drop a platform teams are committed on, and saves nothing', async () => {
    const stack = await ensureStack(db);
    const [sl5, sl6] = [await ensurePlatform(db, 'SL5', 'x86_64'), await ensurePlatform(db, 'SL6', 'x86_64')];
    const component = await createComponent(ACTOR, { stackId: stack.id, name: `C-${uniqueTag()}`, capability: 'STORAGE', description: '', platformIds: [sl5.id, sl6.id] });
    await createCommitment(db, { componentId: component.id, platformId: sl6.id });
    const edit = { id: component.id, version: 1, name: component.name, capability: 'DATA' as const, description: 'x', platformIds: [sl5.id] };
    expect((await fieldErrorsOf(updateComponent(ACTOR, edit))).platformIds?.[0]).toMatch(/SL6 x86_64 \(1 commitment\)/);
    expect(await db.component.findUniqueOrThrow({ where: { id: component.id } })).toMatchObject({ capability: 'STORAGE', version: 1 });
    await updateComponent(ACTOR, { ...edit, platformIds: [sl6.id] });
    const links = await db.componentPlatform.findMany({ where: { componentId: component.id } });
    expect(links.map((link) => link.platformId)).toEqual([sl6.id]);
  });

  it('retires without losing commitments or releases, and unretires', async () => {
    const stack = await ensureStack(db);
    const sl5 = await ensurePlatform(db, 'SL5', 'x86_64');
    const component = await createComponent(ACTOR, { stackId: stack.id, name: `R-${uniqueTag()}`, capability: 'CLIENT', description: '', platformIds: [sl5.id] });
    await createCommitment(db, { componentId: component.id, platformId: sl5.id });
    await createRelease(db, { componentId: component.id, productVersion: '2.0.0-1' });
    await setComponentRetired(ACTOR, { id: component.id, version: 1, retire: true });
    const retired = await db.component.findUniqueOrThrow({ where: { id: component.id }, include: { _count: { select: { commitments: true, releases: true } } } });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired._count).toEqual({ commitments: 1, releases: 1 });
    await setComponentRetired(ACTOR, { id: component.id, version: 2, retire: false });
    expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).retiredAt).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Component', entityId: component.id }, orderBy: { at: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['catalog.createComponent', 'catalog.retireComponent', 'catalog.unretireComponent']);
  });

  it('lists components of a stack with counts, filtered and sorted on the server', async () => {
    const slug = `ls-${uniqueTag()}`;
    const stack = await ensureStack(db, { slug });
    const sl5 = await ensurePlatform(db, 'SL5', 'x86_64');
    const deb = await ensurePlatform(db, 'Debian6', 'x86_64');
    const a = await createComponent(ACTOR, { stackId: stack.id, name: 'A-one', capability: 'COMPUTE', description: '', platformIds: [sl5.id] });
    const b = await createComponent(ACTOR, { stackId: stack.id, name: 'B-two', capability: 'STORAGE', description: '', platformIds: [sl5.id, deb.id] });
    await createComponent(ACTOR, { stackId: stack.id, name: 'C-old', capability: 'COMPUTE', description: '', platformIds: [sl5.id] }).then((c) =>
      setComponentRetired(ACTOR, { id: c.id, version: 1, retire: true }),
    );
    await createCommitment(db, { componentId: b.id, platformId: sl5.id });
    await createCommitment(db, { componentId: b.id, platformId: deb.id });
    await createRelease(db, { componentId: a.id, productVersion: '1.0.0-1' });
    const view = (params: Record<string, string>) => listComponents(componentTableParams.parse({ stack: slug, ...params }), null);
    const all = await view({ sort: 'name' });
    expect(all.rows.map((row) => row.name)).toEqual(['A-one', 'B-two']);
    expect(all.rows[0]).toMatchObject({ counts: { platforms: 1, teams: 0, versions: 1 }, latestVersion: '1.0.0-1' });
    expect(all.rows[1]!.counts).toEqual({ platforms: 2, teams: 2, versions: 0 });
    expect((await view({ sort: 'teams', dir: 'desc' })).rows[0]!.name).toBe('B-two');
    expect((await view({ os: 'Debian6' })).rows.map((row) => row.name)).toEqual(['B-two']);
    expect((await view({ capability: 'COMPUTE', status: 'all', sort: 'name' })).rows.map((row) => row.name)).toEqual(['A-one', 'C-old']);
    expect((await view({ status: 'retired' })).total).toBe(1);
  });
});
