import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { changeExposureEnd, startExposure } from '@/lib/rollout/exposure-period';
import { acceptingTeams, makeRolloutWorld } from '@/lib/rollout/test-fixtures';
import { DOCUMENT_DEFAULTS } from './policy';
import { ZPolicy } from './policy-schema';
import { currentPolicies, currentPolicy, savePolicy } from './policy-store';

const DAY = 86_400_000;
const input = (version: number, values: Partial<typeof DOCUMENT_DEFAULTS.REVISION> = {}) =>
  ZPolicy.parse({ kind: 'REVISION', ...DOCUMENT_DEFAULTS.REVISION, ...values, reason: 'Revisions are small: shorter exposure is enough.', version });

describe('readiness policy in the database', () => {
  // Other test files in this worker share the database: put the document's values back as a new version.
  afterAll(async () => {
    const world = await makeRolloutWorld();
    const current = await currentPolicy(db, 'REVISION');
    if (current.exposureDefaultDays !== 7 || current.exposureMinDays !== 5) await savePolicy(world.coordinator, input(current.version));
  });

  it('starts with the document’s defaults for every kind', async () => {
    const policies = await currentPolicies();
    for (const kind of ['EMERGENCY', 'REVISION', 'MINOR', 'MAJOR', 'SECURITY'] as const) expect(policies[kind]).toMatchObject(DOCUMENT_DEFAULTS[kind]);
  });

  it('a coordinator saves a new version with a reason, audited; a manager may not; a stale page is refused', async () => {
    const world = await makeRolloutWorld({ type: 'REVISION' });
    const before = await currentPolicy(db, 'REVISION');
    await expect(savePolicy(world.manager, input(before.version, { exposureMinDays: 3, exposureDefaultDays: 4 }))).rejects.toBeInstanceOf(ForbiddenError);
    const saved = await savePolicy(world.coordinator, input(before.version, { exposureMinDays: 3, exposureDefaultDays: 4 }));
    expect(saved.version).toBe(before.version + 1);
    const after = await currentPolicy(db, 'REVISION');
    expect(after).toMatchObject({ version: before.version + 1, exposureMinDays: 3, exposureDefaultDays: 4, exposureMaxDays: 7 });
    // The old version stays: a rollout resolved under it keeps pointing at it.
    expect(await db.readinessPolicy.count({ where: { kind: 'REVISION' } })).toBe(before.version + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: after.id, action: 'readinessPolicy.update' } });
    expect(audit.before).toMatchObject({ version: before.version, exposureDefaultDays: before.exposureDefaultDays });
    expect(audit.after).toMatchObject({ version: after.version, exposureDefaultDays: 4, reason: 'Revisions are small: shorter exposure is enough.' });
    await expect(savePolicy(world.coordinator, input(before.version, { exposureDefaultDays: 5 }))).rejects.toBeInstanceOf(ConflictError);

    // The team's exposure now runs for the new default.
    const [team] = await acceptingTeams(world, 1);
    const { exposureEnd } = await startExposure(team!.member, world.rollout.number, { teamId: team!.team.id });
    const row = await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id } });
    expect(exposureEnd.getTime() - row.exposureStart!.getTime()).toBe(4 * DAY);
  });

  it('refuses an inconsistent range with a message next to the field', () => {
    const bad = ZPolicy.safeParse({ kind: 'MINOR', exposureMinDays: 6, exposureDefaultDays: 5, exposureMaxDays: 7, replyWorkingDays: 1, minAcceptReports: 1, reason: 'Testing the range.', version: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ['exposureDefaultDays'], message: 'The default may not be shorter than the shortest exposure.' });
  });

  it('an exposure changed outside the policy’s range needs a reason, kept on the participation and in the audit', async () => {
    const world = await makeRolloutWorld(); // MINOR: 5 to 7 days
    const [team] = await acceptingTeams(world, 1);
    await startExposure(team!.member, world.rollout.number, { teamId: team!.team.id });
    const start = (await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id } })).exposureStart!;
    for (const days of [2, 24]) {
      const end = new Date(start.getTime() + days * DAY).toISOString();
      const refused = await changeExposureEnd(world.manager, world.rollout.number, { teamId: team!.team.id, exposureEnd: end }).catch((e) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused.fieldErrors.reason[0]).toMatch(days === 2 ? /shorter than the policy’s minimum of 5 days/ : /longer than the policy’s maximum of 7 days/);
    }
    const twoDays = new Date(start.getTime() + 2 * DAY).toISOString();
    await changeExposureEnd(world.manager, world.rollout.number, { teamId: team!.team.id, exposureEnd: twoDays, reason: 'Urgent fix, the provider asked for a short test.' });
    const row = await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id } });
    expect(row).toMatchObject({ exposureEnd: new Date(twoDays), exposureReason: 'Urgent fix, the provider asked for a short test.' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: 'rollout.exposureEnd' } });
    expect(audit.after).toMatchObject({ exposureReason: 'Urgent fix, the provider asked for a short test.', outsidePolicy: expect.stringContaining('shorter') });
    // Back inside the range: no reason needed, and the old one is cleared.
    await changeExposureEnd(world.manager, world.rollout.number, { teamId: team!.team.id, exposureEnd: new Date(start.getTime() + 6 * DAY).toISOString() });
    expect((await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id } })).exposureReason).toBeNull();
  });
});
