// Integration: release intake writes the parent, one child per platform with packages, and the audit
// rows together; catalogue and cadence violations are field errors and write nothing.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { ZSubmitRelease } from './schemas';
import { submitRelease } from './submit-release';
import { makeCatalog, makeUser } from './test-fixtures';

type Catalog = Awaited<ReturnType<typeof makeCatalog>>;

function input(catalog: Catalog, over: Record<string, unknown> = {}) {
  return ZSubmitRelease.parse({
    stackId: catalog.stack.id,
    componentId: catalog.component.id,
    umdMajor: 'EMI-1.0',
    productVersion: '1.8.0-1',
    type: 'REVISION',
    releaseNotes: 'Bug fixes.',
    packages: { [catalog.platforms[0].id]: 'dpm-1.8.0-1.x86_64.rpm, dpm-libs-1.8.0-1.x86_64.rpm', 'SL6/x86_64': 'dpm-1.8.0-1.el6.rpm\n' },
    ...over,
  });
}

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('submitRelease', () => {
  it('creates the parent ticket, one UNVERIFIED child per platform and the audit rows', async () => {
    const catalog = await makeCatalog();
    const provider = await makeUser(['provider']);
    const submitted = await submitRelease(provider, input(catalog, { security: 'on', documentationUrl: 'https://docs.example.org/dpm' }));

    const release = await db.release.findUniqueOrThrow({
      where: { id: submitted.id },
      include: { items: { include: { platform: true }, orderBy: { platform: { os: 'asc' } } } },
    });
    expect(release).toMatchObject({ number: submitted.number, type: 'REVISION', security: true, submittedById: provider.id, cadenceOverride: null });
    expect(release.items.map((item) => [item.platform.os, item.state, item.packages])).toEqual([
      ['SL5', 'UNVERIFIED', 'dpm-1.8.0-1.x86_64.rpm\ndpm-libs-1.8.0-1.x86_64.rpm'],
      ['SL6', 'UNVERIFIED', 'dpm-1.8.0-1.el6.rpm'],
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: { in: [release.id, ...submitted.itemIds] } } });
    expect(audit.map((event) => event.action).sort()).toEqual(['release.submit', 'releaseItem.create', 'releaseItem.create']);
    expect(audit.every((event) => event.actorLabel === provider.email)).toBe(true);
  });

  it('makes only the platforms with packages into child tickets', async () => {
    const catalog = await makeCatalog();
    const submitted = await submitRelease(await makeUser(['coordinator']), input(catalog, { packages: { [catalog.platforms[1].id]: 'a.rpm', [catalog.platforms[0].id]: '  ' } }));
    expect(submitted.itemIds).toHaveLength(1);
  });

  it('refuses package lists for no platform or a platform the product does not ship on', async () => {
    const catalog = await makeCatalog();
    const provider = await makeUser(['provider']);
    expect((await fieldErrorsOf(submitRelease(provider, input(catalog, { packages: {} })))).packages?.[0]).toContain('at least one platform');
    expect((await fieldErrorsOf(submitRelease(provider, input(catalog, { packages: { 'Windows arm64': 'x.msi' } })))).packages?.[0]).toContain(
      'does not ship on "Windows arm64"',
    );
    expect(await db.release.count({ where: { componentId: catalog.component.id } })).toBe(0);
  });

  it('refuses a retired product or one of another stack', async () => {
    const catalog = await makeCatalog();
    const other = await makeCatalog();
    const provider = await makeUser(['provider']);
    expect((await fieldErrorsOf(submitRelease(provider, input(catalog, { componentId: other.component.id })))).componentId).toBeDefined();
    await db.component.update({ where: { id: catalog.component.id }, data: { retiredAt: new Date() } });
    expect((await fieldErrorsOf(submitRelease(provider, input(catalog)))).componentId?.[0]).toContain('retired');
  });

  it('is forbidden to users who are neither provider nor coordinator', async () => {
    const catalog = await makeCatalog();
    await expect(submitRelease(await makeUser(['verifier']), input(catalog))).rejects.toThrow(ForbiddenError);
  });

  it('blocks a cadence violation until it is overridden with a reason, and keeps the reason', async () => {
    const catalog = await makeCatalog();
    const provider = await makeUser(['provider']);
    const first = await submitRelease(provider, input(catalog));

    const blocked = await fieldErrorsOf(submitRelease(provider, input(catalog, { productVersion: '1.8.1-1' })));
    expect(blocked.type?.[0]).toContain(`sw-rel #${first.number}`);
    expect(blocked.cadenceOverride?.[0]).toContain('tick the override');
    const noReason = await fieldErrorsOf(submitRelease(provider, input(catalog, { productVersion: '1.8.1-1', cadenceOverride: 'on' })));
    expect(noReason.cadenceOverrideReason).toBeDefined();
    expect(await db.release.count({ where: { componentId: catalog.component.id } })).toBe(1);

    const overridden = await submitRelease(
      provider,
      input(catalog, { productVersion: '1.8.1-1', cadenceOverride: 'on', cadenceOverrideReason: 'Fixes a data-loss bug found by two sites.' }),
    );
    const release = await db.release.findUniqueOrThrow({ where: { id: overridden.id } });
    expect(release.cadenceOverride).toContain('Fixes a data-loss bug found by two sites.');
    expect(release.cadenceOverride).toContain('two weeks');
  });

  it('refuses a major version change within the UMD major next to the version field, and a duplicate version', async () => {
    const catalog = await makeCatalog();
    const provider = await makeUser(['provider']);
    await submitRelease(provider, input(catalog, { type: 'MINOR' }));
    const errors = await fieldErrorsOf(submitRelease(provider, input(catalog, { type: 'EMERGENCY', productVersion: '2.0.0-1' })));
    expect(errors.productVersion?.[0]).toContain('EMI-1.0 ships');
    expect(errors.type).toBeUndefined();
    const duplicate = await fieldErrorsOf(submitRelease(provider, input(catalog, { type: 'EMERGENCY' })));
    expect(duplicate.productVersion?.[0]).toContain('already submitted');
  });

  it('embargoes a security release from intake on, audited; refuses it for a non-security release or a past date, next to the field', async () => {
    const catalog = await makeCatalog();
    const provider = await makeUser(['provider']);
    const until = new Date(Date.now() + 3 * 86_400_000);
    const notSecurity = ZSubmitRelease.safeParse({ ...input(catalog), security: false, embargoedUntil: until.toISOString() });
    expect(notSecurity.success).toBe(false);
    expect(notSecurity.error?.issues[0]).toMatchObject({ path: ['embargoedUntil'], message: expect.stringContaining('Only a security release') });
    expect(ZSubmitRelease.safeParse({ ...input(catalog), embargoedUntil: 'next week' }).error?.issues[0]?.path).toEqual(['embargoedUntil']);
    const past = await fieldErrorsOf(submitRelease(provider, input(catalog, { security: 'on', embargoedUntil: '2020-01-01T10:00' })));
    expect(past.embargoedUntil?.[0]).toContain('in the future');
    expect(await db.release.count({ where: { componentId: catalog.component.id } })).toBe(0);

    // The form's datetime-local is read as UTC; an empty field means no embargo.
    const local = until.toISOString().slice(0, 16);
    const submitted = await submitRelease(provider, input(catalog, { security: 'on', embargoedUntil: local }));
    const release = await db.release.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(release.embargoedUntil?.toISOString()).toBe(`${local}:00.000Z`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: release.id, action: 'release.embargo' } });
    expect(audit.after).toMatchObject({ atIntake: true });
    expect(input(catalog, { productVersion: '1.8.1-1', embargoedUntil: '' }).embargoedUntil).toBeUndefined();
  });
});
