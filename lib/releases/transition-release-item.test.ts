// Integration: verification moves of a child ticket, entering StagedRollOut (rollout ticket, audit,
// coordinator notification), the emergency skip, and refusals: illegal, stale, concurrent, forbidden.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { appUrl } from '@/lib/notify/enqueue-message';
import { applyRolloutOutcome } from './apply-rollout-outcome';
import { transitionReleaseItem } from './transition-release-item';
import { makeCatalog, makeRelease, makeUser } from './test-fixtures';

const REPORT = 'https://documents.example.org/verification/123';

describe('transitionReleaseItem', () => {
  it('enters StagedRollOut: creates the rollout ticket, records the package move and notifies the coordinators', async () => {
    const catalog = await makeCatalog();
    const coordinator = await makeUser(['coordinator'], ['sw-rel-sr']);
    const verifier = await makeUser(['verifier']);
    const release = await makeRelease({ catalog, states: ['UNVERIFIED', 'UNVERIFIED'] });
    const item = release.items[0]!;

    expect(await transitionReleaseItem(verifier, { itemId: item.id }, { to: 'IN_VERIFICATION', expectedVersion: 1 })).toMatchObject({
      state: 'IN_VERIFICATION',
      version: 2,
    });
    const result = await transitionReleaseItem(
      verifier,
      { releaseNumber: release.number, itemId: item.id },
      { to: 'STAGED_ROLLOUT', expectedVersion: 2, reportUrl: REPORT },
    );
    const title = `Staged Rollout EMI-1.0 ${catalog.component.name} 1.8.0-1 SL5 x86_64`;
    expect(result.rollout?.title).toBe(title);

    const saved = await db.releaseItem.findUniqueOrThrow({ where: { id: item.id }, include: { rollout: true } });
    expect(saved).toMatchObject({ state: 'STAGED_ROLLOUT', version: 3, verificationReportUrl: REPORT });
    expect(saved.rollout).toMatchObject({ title, status: 'NEW', ownerId: null, number: result.rollout!.number });

    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `rollout.created:${saved.rollout!.id}` } });
    expect(message.kind).toBe('rollout.created');
    expect(message.recipients).toContain(coordinator.email);
    expect(message.recipients).not.toContain(verifier.email);
    expect(message.rolloutId).toBe(saved.rollout!.id);
    expect(message.text).toContain(appUrl(`/rollouts/${saved.rollout!.number}`));
    expect(message.text).toContain(REPORT);
    expect(message.text).toContain(catalog.stack.repoUrl);

    const actions = (await db.auditEvent.findMany({ where: { entityId: { in: [item.id, saved.rollout!.id] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })).map(
      (event) => [event.action, event.after],
    );
    expect(actions.map(([action]) => action)).toEqual([
      'releaseItem.transition',
      'releaseItem.transition',
      'releaseItem.packagesMoved',
      'rollout.create',
    ]);
    expect(actions[2]![1]).toMatchObject({ repositoryUrl: catalog.stack.repoUrl, packages: ['pkg-a', 'pkg-b'] });
    // The sibling PPA is independent.
    expect((await db.releaseItem.findUniqueOrThrow({ where: { id: release.items[1]!.id } })).state).toBe('UNVERIFIED');
  });

  it('needs a report address to accept and a reason to reject; keeps the reason', async () => {
    const catalog = await makeCatalog();
    const verifier = await makeUser(['verifier']);
    const item = (await makeRelease({ catalog, states: ['IN_VERIFICATION'] })).items[0]!;
    const missing = await transitionReleaseItem(verifier, { itemId: item.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1 }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fieldErrors.reportUrl).toBeDefined();
    await expect(
      transitionReleaseItem(verifier, { itemId: item.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1, reportUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow(ValidationError);
    await expect(transitionReleaseItem(verifier, { itemId: item.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: '' })).rejects.toThrow(
      ValidationError,
    );
    await transitionReleaseItem(verifier, { itemId: item.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'Fails QC: no man pages.' });
    expect(await db.releaseItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      state: 'VERIFICATION_REJECTED',
      verificationNote: 'Fails QC: no man pages.',
    });
    expect(await db.rollout.count({ where: { releaseItemId: item.id } })).toBe(0);
  });

  it('rejecting in verification keeps the report link and mails the provider the reason and the report', async () => {
    const catalog = await makeCatalog();
    const verifier = await makeUser(['verifier']);
    const provider = await makeUser(['provider']);
    const item = (await makeRelease({ catalog, states: ['IN_VERIFICATION'], submittedById: provider.id })).items[0]!;
    const badLink = await transitionReleaseItem(verifier, { itemId: item.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'Fails QC.', reportUrl: 'ftp:x' }).catch((e: unknown) => e);
    expect((badLink as ValidationError).fieldErrors.reportUrl).toEqual(['Enter a full http(s):// address, or leave it empty.']);
    await transitionReleaseItem(verifier, { itemId: item.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'Fails QC: no man pages.', reportUrl: REPORT });
    expect(await db.releaseItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ verificationReportUrl: REPORT, verificationNote: 'Fails QC: no man pages.' });
    const mail = await db.outboxMessage.findMany({ where: { kind: 'release.verificationRejected', recipients: { has: provider.email.toLowerCase() } } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain('rejected in verification');
    expect(mail[0]!.text).toContain('Fails QC: no man pages.');
    expect(mail[0]!.text).toContain(`Verification report: ${REPORT}`);
  });

  it('refuses illegal moves, outcome targets and stale versions with a conflict, writing nothing', async () => {
    const catalog = await makeCatalog();
    const verifier = await makeUser(['verifier']);
    const release = await makeRelease({ catalog, states: ['UNVERIFIED', 'STAGED_ROLLOUT'] });
    const [fresh, staged] = release.items;
    await expect(
      transitionReleaseItem(verifier, { itemId: fresh!.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1, reportUrl: REPORT }),
    ).rejects.toThrow('in state Unverified cannot move to StagedRollOut');
    await expect(
      transitionReleaseItem(verifier, { itemId: staged!.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'too late now' }),
    ).rejects.toThrow(ConflictError);
    await transitionReleaseItem(verifier, { itemId: fresh!.id }, { to: 'IN_VERIFICATION', expectedVersion: 1 });
    await expect(transitionReleaseItem(verifier, { itemId: fresh!.id }, { to: 'IN_VERIFICATION', expectedVersion: 1 })).rejects.toThrow(
      /changed since you loaded the page: it is now InVerification/,
    );
    expect(await db.auditEvent.count({ where: { entityId: { in: [fresh!.id, staged!.id] } } })).toBe(1);
  });

  it('lets exactly one of two concurrent transitions from the same version win', async () => {
    const catalog = await makeCatalog();
    const [a, b] = [await makeUser(['verifier']), await makeUser(['coordinator'])];
    const item = (await makeRelease({ catalog, states: ['IN_VERIFICATION'] })).items[0]!;
    const results = await Promise.allSettled([
      transitionReleaseItem(a, { itemId: item.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1, reportUrl: REPORT }),
      transitionReleaseItem(b, { itemId: item.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'Broken packaging.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const saved = await db.releaseItem.findUniqueOrThrow({ where: { id: item.id }, include: { rollout: true } });
    expect(saved.version).toBe(2);
    expect(saved.rollout !== null).toBe(saved.state === 'STAGED_ROLLOUT');
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: 'releaseItem.transition' } })).toBe(1);
  });

  it('checks permissions and the release number', async () => {
    const catalog = await makeCatalog();
    const release = await makeRelease({ catalog, states: ['UNVERIFIED'] });
    const item = release.items[0]!;
    await expect(
      transitionReleaseItem(await makeUser(['provider', 'manager']), { itemId: item.id }, { to: 'IN_VERIFICATION', expectedVersion: 1 }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      transitionReleaseItem(await makeUser(['verifier']), { releaseNumber: release.number + 1000, itemId: item.id }, { to: 'IN_VERIFICATION', expectedVersion: 1 }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe('emergency skip of staged rollout', () => {
  const justification = 'Critical security fix (EGI-SVG risk critical); the security officer asked for immediate release.';

  it('is refused for non-emergency releases, and to verifiers', async () => {
    const catalog = await makeCatalog();
    const coordinator = await makeUser(['coordinator']);
    const minor = (await makeRelease({ catalog, type: 'MINOR', states: ['IN_VERIFICATION'] })).items[0]!;
    await expect(
      transitionReleaseItem(coordinator, { itemId: minor.id }, { to: 'SKIPPED_ROLLOUT', expectedVersion: 1, justification }),
    ).rejects.toThrow('Only an emergency release');
    // Skipping staged rollout never skips verification: an Unverified item cannot skip.
    const unverified = (await makeRelease({ catalog, type: 'EMERGENCY', productVersion: '1.8.0-3', states: ['UNVERIFIED'] })).items[0]!;
    await expect(transitionReleaseItem(coordinator, { itemId: unverified.id }, { to: 'SKIPPED_ROLLOUT', expectedVersion: 1, justification })).rejects.toThrow(ConflictError);
    const emergency = (await makeRelease({ catalog, type: 'EMERGENCY', productVersion: '1.8.0-2', states: ['IN_VERIFICATION'] })).items[0]!;
    await expect(
      transitionReleaseItem(await makeUser(['verifier']), { itemId: emergency.id }, { to: 'SKIPPED_ROLLOUT', expectedVersion: 1, justification }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      transitionReleaseItem(coordinator, { itemId: emergency.id }, { to: 'SKIPPED_ROLLOUT', expectedVersion: 1, justification: 'urgent' }),
    ).rejects.toThrow(ValidationError);
  });

  it('goes straight to production with the justification kept, No test, and the production announcement', async () => {
    const catalog = await makeCatalog();
    const coordinator = await makeUser(['coordinator']);
    const release = await makeRelease({ catalog, type: 'EMERGENCY', states: ['IN_VERIFICATION'] });
    const item = release.items[0]!;
    expect(await transitionReleaseItem(coordinator, { itemId: item.id }, { to: 'SKIPPED_ROLLOUT', expectedVersion: 1, justification })).toEqual({
      state: 'PRODUCTION',
      version: 3,
    });
    const saved = await db.release.findUniqueOrThrow({ where: { id: release.id }, include: { items: { include: { rollout: true } } } });
    expect(saved.skipJustification).toBe(justification);
    expect(saved.productionAt).toBeInstanceOf(Date);
    expect(saved.items[0]).toMatchObject({ state: 'PRODUCTION', rollout: null });
    const announcement = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.production:${item.id}` } });
    expect(announcement.text).toContain('WITHOUT staged rollout');
    expect(announcement.text).toContain(justification);
    const actions = (await db.auditEvent.findMany({ where: { entityId: { in: [item.id, release.id] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })).map((e) => e.action);
    expect(actions).toEqual(['releaseItem.transition', 'release.skipRollout', 'releaseItem.transition', 'release.production']);
  });

  it('puts the release in production when a sibling is rejected in verification after one platform was accepted', async () => {
    const catalog = await makeCatalog();
    const verifier = await makeUser(['verifier']);
    const release = await makeRelease({ catalog, states: ['STAGED_ROLLOUT', 'IN_VERIFICATION'] });
    const [accepted, pending] = release.items;
    await db.rollout.create({ data: { releaseItemId: accepted!.id, title: `Staged Rollout ${accepted!.id}` } });
    await db.$transaction((tx) => applyRolloutOutcome(tx, { releaseItemId: accepted!.id, outcome: 'ACCEPT', actor: { id: null, label: 'manager@test.local' } }));
    expect((await db.release.findUniqueOrThrow({ where: { id: release.id } })).productionAt).toBeNull();

    await transitionReleaseItem(verifier, { itemId: pending!.id }, { to: 'VERIFICATION_REJECTED', expectedVersion: 1, reason: 'Packages do not install on this platform.' });
    expect((await db.release.findUniqueOrThrow({ where: { id: release.id } })).productionAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: release.id, action: 'release.production' } })).toBe(1);
  });
});
