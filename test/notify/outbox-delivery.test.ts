// The outbox worker against a real SMTP server on 127.0.0.1: a whole rollout's messages delivered
// with the headers replies are parsed by, retries after a refusal, exactly-once delivery with two
// workers, an unreachable server (nothing lost), permanent failures and crashed senders.
// Each test works in its own window of the past (its messages are due at that time, the worker runs
// "then"), so messages other test files left in this database are never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { outboxIdFromMessageId } from '@/lib/notify/compose-mail';
import { parseTicketTag } from '@/lib/notify/links';
import type { MailConfig } from '@/lib/notify/mail-config';
import { claimDueMessages, runOutboxOnce, runOutboxUntilIdle } from '@/lib/notify/outbox-worker';
import { retryOutboxMessage } from '@/lib/notify/retry-message';
import { makeAdmin } from '@/lib/rollout/test-fixtures';
import { startSmtpServer, type SmtpTestServer } from '@/test/support/smtp-server';
import { createRollout } from './fixtures';
import { uniqueName } from '@/lib/seed/factories';
import { secondClient } from './second-client';

let smtp: SmtpTestServer;
let mail: MailConfig;
let window = 0;

/** A fresh instant in the past for each test, earlier than every earlier test's. */
function testTime(): Date {
  window += 1;
  return new Date(Date.UTC(1990 - window, 0, 1, 12));
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  mail = { smtpUrl: smtp.url, display: smtp.url, from: 'Staged Rollout <staged-rollout@egi.test>' };
});

afterAll(async () => {
  await smtp.stop();
});

async function queue(at: Date, count: number, domain: string, extra: { rolloutId?: string } = {}) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const dedupeKey = uniqueName('test');
    await enqueueMessage(db, {
      kind: 'test.message',
      recipients: [`r${index}@${domain}`],
      subject: `Message ${index}`,
      text: `Body ${index}`,
      dedupeKey,
      notBefore: at,
      ...extra,
    });
    ids.push((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).id);
  }
  return ids;
}

function receivedFor(domain: string) {
  return smtp.messages.filter((message) => message.envelope.to.some((to) => to.endsWith(`@${domain}`)));
}

describe('outbox delivery over SMTP', () => {
  it('delivers every message of a whole rollout with ticket tag, link, plain text and Message-ID', async () => {
    const at = testTime();
    const { rollout, owner, stack } = await createRollout();
    const domain = `${uniqueName('rollout')}.test`;
    const steps = [
      { kind: 'rollout.created', to: [`coordinator@${domain}`], subject: `New staged rollout: ${rollout.title}` },
      { kind: 'rollout.assigned', to: [`manager@${domain}`], subject: `Assigned to you: ${rollout.title}` },
      { kind: 'team.invited', to: [`contact-a@${domain}`, `contact-b@${domain}`], subject: `Invitation: ${rollout.title}` },
      { kind: 'rollout.volunteers', to: [`early-adopters-${stack.slug}@${domain}`], subject: `Volunteers wanted: ${rollout.title}` },
      { kind: 'reply.reminder', to: [`contact-a@${domain}`], subject: `Reminder: reply due` },
      { kind: 'rollout.outcome', to: [`provider@${domain}`], subject: `Outcome ACCEPT: ${rollout.title}` },
      { kind: 'release.production', to: [`site-admins@${domain}`, `noc-managers@${domain}`], subject: `In production: ${rollout.title}` },
    ];
    await db.$transaction(async (tx) => {
      for (const step of steps) {
        await enqueueMessage(tx, { kind: step.kind, recipients: step.to, subject: step.subject, text: `Step ${step.kind}.`, rolloutId: rollout.id, userId: owner?.id, notBefore: at });
      }
    });

    const result = await runOutboxUntilIdle({ mail, now: () => at });
    expect(result).toMatchObject({ sent: steps.length, retried: 0, failed: 0 });

    const received = receivedFor(domain);
    expect(received.map((message) => message.headers.get('x-staged-rollout-kind')).sort()).toEqual(steps.map((step) => step.kind).sort());
    for (const message of received) {
      expect(parseTicketTag(message.subject)).toBe(rollout.number);
      expect(message.text).toContain(`/rollouts/${rollout.number}`);
      expect(message.from).toBe('staged-rollout@egi.test');
      const outboxId = outboxIdFromMessageId(message.messageId ?? '');
      expect(outboxId).toBeTruthy();
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: outboxId! } });
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, rolloutId: rollout.id });
      expect(message.headers.get('references')).toContain(`rollout.${rollout.id}@egi.test`);
    }
    const invitation = received.find((message) => message.headers.get('x-staged-rollout-kind') === 'team.invited')!;
    expect(invitation.envelope.to.sort()).toEqual([`contact-a@${domain}`, `contact-b@${domain}`]);
  });

  it('retries after the server refuses once, with backoff and the error kept meanwhile', async () => {
    const at = testTime();
    const domain = `${uniqueName('retry')}.test`;
    const [id] = await queue(at, 1, domain);
    smtp.refuseNext(1, 451);
    const refusedBefore = smtp.refusedCount();

    const first = await runOutboxOnce({ mail, now: () => at });
    expect(first).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    expect(smtp.refusedCount()).toBe(refusedBefore + 1);
    const waiting = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(waiting.status).toBe('PENDING');
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/451/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(at.getTime());

    // Not due yet: nothing happens at the same instant.
    expect(await runOutboxOnce({ mail, now: () => at })).toMatchObject({ claimed: 0 });
    const later = new Date(waiting.nextAttemptAt.getTime() + 1000);
    expect(await runOutboxOnce({ mail, now: () => later })).toMatchObject({ claimed: 1, sent: 1 });
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(receivedFor(domain)).toHaveLength(1);
  });

  it('two workers running at once deliver each of 20 messages exactly once', async () => {
    const at = testTime();
    const domain = `${uniqueName('twice')}.test`;
    const ids = await queue(at, 20, domain);
    const other = await secondClient();
    try {
      const [a, b] = await Promise.all([
        runOutboxUntilIdle({ mail, now: () => at, batchSize: 3 }),
        runOutboxUntilIdle({ mail, now: () => at, batchSize: 3, client: other.client }),
      ]);
      expect(a.sent + b.sent).toBe(20);
      expect(a.claimed + b.claimed).toBe(20);
    } finally {
      await other.close();
    }
    const received = receivedFor(domain);
    expect(received).toHaveLength(20);
    expect(new Set(received.map((message) => message.messageId)).size).toBe(20);
    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });

  it('keeps a message queued with the error shown while SMTP is unreachable, and delivers it once it is up', async () => {
    const at = testTime();
    const domain = `${uniqueName('down')}.test`;
    const [id] = await queue(at, 1, domain);
    const down = await startSmtpServer();
    const downUrl = down.url;
    await down.stop(); // nothing listens on this port any more
    const unreachable: MailConfig = { ...mail, smtpUrl: downUrl, display: downUrl };

    expect(await runOutboxOnce({ mail: unreachable, now: () => at })).toMatchObject({ claimed: 1, retried: 1 });
    const queued = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(queued.status).toBe('PENDING');
    expect(queued.lastError).toMatch(/ECONNREFUSED|connect/i);

    const later = new Date(queued.nextAttemptAt.getTime() + 1000);
    expect(await runOutboxOnce({ mail, now: () => later })).toMatchObject({ sent: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', lastError: null });
    expect(receivedFor(domain)).toHaveLength(1);
  });

  it('marks a permanently refused message FAILED at once; an admin retry sends it', async () => {
    const at = testTime();
    const domain = `${uniqueName('fail')}.test`;
    const [id] = await queue(at, 1, domain);
    smtp.refuseNext(1, 550);
    expect(await runOutboxOnce({ mail, now: () => at })).toMatchObject({ failed: 1 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe('FAILED');
    expect(failed.lastError).toMatch(/550/);

    const admin = await makeAdmin('admin@notify.test');
    await retryOutboxMessage(admin, { id: id!, now: at });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PENDING' });
    const audit = await db.auditEvent.findFirst({ where: { entityType: 'OutboxMessage', entityId: id, action: 'outbox.retry' } });
    expect(audit?.actorLabel).toBe('admin@notify.test');
    expect(await runOutboxOnce({ mail, now: () => at })).toMatchObject({ sent: 1 });
    expect(receivedFor(domain)).toHaveLength(1);
  });

  it('gives up after the configured number of attempts', async () => {
    const at = testTime();
    const domain = `${uniqueName('giveup')}.test`;
    const [id] = await queue(at, 1, domain);
    smtp.refuseNext(2, 451);
    let now = at;
    expect(await runOutboxOnce({ mail, now: () => now, maxAttempts: 2 })).toMatchObject({ retried: 1 });
    now = new Date(now.getTime() + 3_600_000);
    expect(await runOutboxOnce({ mail, now: () => now, maxAttempts: 2 })).toMatchObject({ failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 2 });
  });

  it("reclaims a crashed sender's message once its lock has expired, and sends it once", async () => {
    const at = testTime();
    const domain = `${uniqueName('crash')}.test`;
    const [id] = await queue(at, 1, domain);
    const claims = await claimDueMessages(db, { now: at, lockMs: 60_000 }); // a worker that then dies
    expect(claims.map((claim) => claim.id)).toEqual([id]);
    expect(await runOutboxOnce({ mail, now: () => new Date(at.getTime() + 30_000) })).toMatchObject({ claimed: 0 });
    expect(await runOutboxOnce({ mail, now: () => new Date(at.getTime() + 61_000) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(receivedFor(domain)).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});
