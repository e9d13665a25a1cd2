// The readiness test clock: on only with READINESS_TEST_CLOCK=1 where the demo sign-in is on (never by
// one variable in a real deployment); admins only; it judges the one rollout asked for, at the time
// given, and audits who asked.
import { describe, expect, it } from 'vitest';
import { ADMINS_GROUP } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { makeUserIn, readyWorld, rolloutRow } from '@/lib/rollout/test-fixtures';
import { setStackAutoAccept } from './auto-accept-setting';
import { isReadinessTestClockEnabled, runReadinessRoundAt, ZTestClockRound } from './test-clock';

const ON = { READINESS_TEST_CLOCK: '1', AUTH_DEMO: '1' };
const at = (date: Date) => `${date.toISOString().slice(0, 16)}Z`;

describe('isReadinessTestClockEnabled', () => {
  it('needs both the variable and the demo sign-in', () => {
    expect(isReadinessTestClockEnabled(ON)).toBe(true);
    expect(isReadinessTestClockEnabled({ READINESS_TEST_CLOCK: '1' })).toBe(true); // embedded database: demo sign-in on
    expect(isReadinessTestClockEnabled({ READINESS_TEST_CLOCK: '1', AUTH_DEMO: '0' })).toBe(false);
    expect(isReadinessTestClockEnabled({ READINESS_TEST_CLOCK: '1', DATABASE_URL: 'postgresql://u@db.example.org:5432/ea' })).toBe(false);
    expect(isReadinessTestClockEnabled({ READINESS_TEST_CLOCK: 'true', AUTH_DEMO: '1' })).toBe(false);
    expect(isReadinessTestClockEnabled({ AUTH_DEMO: '1' })).toBe(false);
  });
});

describe('ZTestClockRound', () => {
  it('takes a rollout number and a UTC time, with messages for people', () => {
    expect(ZTestClockRound.parse({ rollout: '12', at: '2026-12-10T09:00Z' })).toEqual({ rollout: 12, at: '2026-12-10T09:00Z' });
    const bad = ZTestClockRound.safeParse({ rollout: 'x', at: '10/12/2026' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => issue.message)).toEqual(['Enter a rollout number.', 'Enter a UTC time as YYYY-MM-DDTHH:MMZ.']);
    expect(ZTestClockRound.safeParse({ rollout: '1', at: '2026-02-30T09:00Z' }).success).toBe(false);
  });
});

describe('runReadinessRoundAt', () => {
  it('is refused when the clock is off, and to anyone but an admin', async () => {
    const world = await readyWorld();
    const admin = await makeUserIn([{ name: ADMINS_GROUP, kind: 'ADMINS' }]);
    const input = { rollout: world.rollout.number, at: at(new Date()) };
    await expect(runReadinessRoundAt(admin, input, { READINESS_TEST_CLOCK: '1', AUTH_DEMO: '0' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(runReadinessRoundAt(world.coordinator, input, ON)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(runReadinessRoundAt(admin, { ...input, rollout: 99_999_999 }, ON)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('judges only the rollout asked for, as of the time given, and audits the admin who asked', async () => {
    const [asked, other] = [await readyWorld(), await readyWorld()];
    for (const world of [asked, other]) {
      const stack = await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } });
      await setStackAutoAccept(world.coordinator, { stackId: stack.id, enabled: true, reason: 'Stable stack, teams report promptly.', version: stack.version });
    }
    const admin = await makeUserIn([{ name: ADMINS_GROUP, kind: 'ADMINS' }]);
    const when = new Date(Date.now() + 2 * 86_400_000);
    const result = await runReadinessRoundAt(admin, { rollout: asked.rollout.number, at: at(when) }, ON);
    expect(result).toMatchObject({ noticed: 1, accepted: 0, cancelled: 0 });
    expect(result.message).toContain(`Readiness round for #${asked.rollout.number} as of ${at(when).replace('Z', ':00.000Z')}: 1 notice(s) started`);
    expect((await rolloutRow(asked.rollout.id)).autoAcceptNoticeAt).toEqual(new Date(at(when)));
    expect((await rolloutRow(other.rollout.id)).autoAcceptNoticeAt).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: asked.rollout.id, action: 'readiness.testClockRound' } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { at: new Date(at(when)).toISOString() } });
  });
});
