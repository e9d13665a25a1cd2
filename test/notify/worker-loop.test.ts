// The worker round with no SMTP server configured: deadlines and fan-out still run, messages stay
// queued (nothing lost) and the round says why; the loop starts once per process and stops cleanly.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { currentWorker, runChecksOnce, startWorkerLoop } from '@/lib/notify/worker-loop';
import { setStackAutoAccept } from '@/lib/readiness/auto-accept-setting';
import { readyWorld, rolloutRow } from '@/lib/rollout/test-fixtures';
import { uniqueName } from '@/lib/seed/factories';

const saved = process.env.SMTP_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
  delete process.env.READINESS_TEST_CLOCK;
});

describe('worker loop', () => {
  it('leaves messages queued when no SMTP server is configured, and says so', async () => {
    delete process.env.SMTP_URL;
    const key = uniqueName('nosmtp');
    await enqueueMessage(db, { kind: 'test.nosmtp', recipients: ['a@b.test'], subject: 'x', text: 'y', dedupeKey: key });
    const report = await runChecksOnce();
    expect(report.mail).toContain('no SMTP server configured');
    expect(report.sent).toBe(0);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } })).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('runs no readiness round of its own while the readiness test clock is on (the test owns the time)', async () => {
    delete process.env.SMTP_URL;
    const world = await readyWorld();
    const stack = await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } });
    await setStackAutoAccept(world.coordinator, { stackId: stack.id, enabled: true, reason: 'Stable stack, teams report promptly.', version: stack.version });
    const demo = process.env.AUTH_DEMO;
    Object.assign(process.env, { READINESS_TEST_CLOCK: '1', AUTH_DEMO: '1' }); // the clock is honoured only with the demo sign-in
    await runChecksOnce();
    expect((await rolloutRow(world.rollout.id)).autoAcceptNoticeAt).toBeNull();
    delete process.env.READINESS_TEST_CLOCK;
    if (demo === undefined) delete process.env.AUTH_DEMO;
    else process.env.AUTH_DEMO = demo;
    await runChecksOnce();
    expect((await rolloutRow(world.rollout.id)).autoAcceptNoticeAt).toBeInstanceOf(Date);
  });

  it('starts once per process and stops', async () => {
    delete process.env.SMTP_URL;
    const first = startWorkerLoop({ intervalMs: 60_000 });
    expect(startWorkerLoop()).toBe(first);
    expect(currentWorker()).toBe(first);
    const report = await first.runNow();
    expect(report.mail).toContain('no SMTP server configured');
    await first.stop();
    expect(currentWorker()).toBeUndefined();
  });
});
