// Subscription fan-out from the audit trail: immediate mail and daily digests for followers of a
// rollout, stack, component or team; never to the actor; never twice; one-click unsubscribe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { fanOutAuditEvents } from '@/lib/notify/audit-fanout';
import type { MailConfig } from '@/lib/notify/mail-config';
import { runOutboxOnce } from '@/lib/notify/outbox-worker';
import { describeUnsubscribeToken, followTarget, unfollow, unsubscribeByToken } from '@/lib/notify/subscriptions';
import { startSmtpServer, type SmtpTestServer } from '@/test/support/smtp-server';
import { createRollout, createTeam, createUser, invite } from './fixtures';

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.stop();
});

const LATER = () => new Date(Date.now() + 11_000); // past the fan-out's safety lag

describe('subscription fan-out', () => {
  it('queues immediate mail and digest lines for followers, never for the actor, never twice', async () => {
    await fanOutAuditEvents(); // make sure the cursor exists before our events
    const { rollout, stack, component } = await createRollout();
    const { team } = await createTeam();
    const participation = await invite(rollout.id, team.id);
    const follower = await createUser();
    const digestReader = await createUser({ timeZone: 'Europe/Lisbon' });
    const actor = await createUser();
    const teamFollower = await createUser();
    await followTarget({ id: follower.id, label: follower.email }, { targetType: 'ROLLOUT', targetId: rollout.id, mode: 'IMMEDIATE' });
    await followTarget({ id: follower.id, label: follower.email }, { targetType: 'STACK', targetId: stack.id, mode: 'DIGEST' });
    await followTarget({ id: digestReader.id, label: digestReader.email }, { targetType: 'COMPONENT', targetId: component.id, mode: 'DIGEST' });
    await followTarget({ id: actor.id, label: actor.email }, { targetType: 'ROLLOUT', targetId: rollout.id, mode: 'IMMEDIATE' });
    await followTarget({ id: teamFollower.id, label: teamFollower.email }, { targetType: 'TEAM', targetId: team.id, mode: 'IMMEDIATE' });

    const by = { id: actor.id, label: actor.email };
    await recordAudit(db, by, { action: 'rollout.assign', entityType: 'Rollout', entityId: rollout.id, before: { status: 'NEW' }, after: { status: 'OPEN' } });
    await recordAudit(db, by, { action: 'participation.reply', entityType: 'Participation', entityId: participation.id, before: { status: 'INVITED' }, after: { status: 'ACCEPTED' } });

    const first = await fanOutAuditEvents({ now: LATER() });
    expect(first.messages).toBeGreaterThanOrEqual(5);
    expect((await fanOutAuditEvents({ now: LATER() })).messages).toBe(0);

    const immediate = await db.outboxMessage.findMany({ where: { userId: follower.id, kind: 'subscription.event' }, orderBy: { createdAt: 'asc' } });
    expect(immediate).toHaveLength(2); // rollout follow wins over the stack digest
    expect(immediate[0]!.rolloutId).toBe(rollout.id);
    expect(immediate[0]!.text).toContain('status: NEW -> OPEN');
    expect(immediate[0]!.text).toContain(`by ${actor.email}`);
    expect((immediate[0]!.headers as Record<string, string>)['List-Unsubscribe']).toMatch(/^<http.*\/unsubscribe\/.+>$/);
    expect(await db.outboxMessage.count({ where: { userId: follower.id, kind: 'subscription.digest' } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { userId: actor.id } })).toBe(0);
    // the team follower hears about the reply of their team, not about the assignment
    const teamMail = await db.outboxMessage.findMany({ where: { userId: teamFollower.id } });
    // in words, never the action's code
    expect(teamMail.map((message) => message.subject)).toEqual([expect.stringMatching(/: The team accepted$/)]);

    const digests = await db.outboxMessage.findMany({ where: { userId: digestReader.id } });
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect(digest.kind).toBe('subscription.digest');
    expect(digest.status).toBe('PENDING');
    expect(digest.text).toContain('rollout: assign');
    expect(digest.text).toContain('participation: reply');
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Lisbon' }).format(new Date());
    expect(digest.dedupeKey).toBe(`digest:${digestReader.id}:${localDate}`);
    const sendAt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Lisbon', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(digest.nextAttemptAt);
    expect(sendAt).toBe('07:00');
    expect(digest.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('delivers subscription mail with List-Unsubscribe headers; the link unsubscribes without signing in', async () => {
    await fanOutAuditEvents();
    const { rollout } = await createRollout();
    const follower = await createUser();
    const { id } = await followTarget({ id: follower.id, label: follower.email }, { targetType: 'ROLLOUT', targetId: rollout.id, mode: 'IMMEDIATE' });
    const subscription = await db.subscription.findUniqueOrThrow({ where: { id } });
    await recordAudit(db, { id: null, label: 'system' }, { action: 'rollout.comment', entityType: 'Rollout', entityId: rollout.id, after: { body: 'hello' } });
    await fanOutAuditEvents({ now: LATER() });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { userId: follower.id } });
    const at = new Date(Date.UTC(1970, 1, 1));
    await db.outboxMessage.update({ where: { id: message.id }, data: { nextAttemptAt: at } });
    const mail: MailConfig = { smtpUrl: smtp.url, display: smtp.url, from: 'Staged Rollout <sr@egi.test>' };
    expect(await runOutboxOnce({ mail, now: () => at })).toMatchObject({ sent: 1 });
    const received = smtp.messages.find((item) => item.envelope.to.includes(follower.email))!;
    const rawHeaders = received.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '); // unfolded
    expect(rawHeaders).toMatch(new RegExp(`^List-Unsubscribe: <http[^>]*/unsubscribe/${subscription.unsubscribeToken}>$`, 'm'));
    expect(rawHeaders).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(received.subject).toContain(`[staged-rollout #${rollout.number}]`);

    expect(await describeUnsubscribeToken(subscription.unsubscribeToken)).toMatchObject({ kind: 'subscription', email: follower.email });
    expect(await unsubscribeByToken(subscription.unsubscribeToken)).toEqual({ removed: 1 });
    expect(await unsubscribeByToken(subscription.unsubscribeToken)).toEqual({ removed: 0 });
    expect(await db.subscription.count({ where: { id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'subscription.unsubscribe' } })).toBe(1);
  });

  it('the digest link stops every digest of that user, and a forged one nothing', async () => {
    await fanOutAuditEvents();
    const { rollout, stack } = await createRollout();
    const reader = await createUser();
    const other = await createUser();
    for (const user of [reader, other]) {
      await followTarget({ id: user.id, label: user.email }, { targetType: 'STACK', targetId: stack.id, mode: 'DIGEST' });
    }
    await followTarget({ id: reader.id, label: reader.email }, { targetType: 'ROLLOUT', targetId: rollout.id, mode: 'IMMEDIATE' });
    await recordAudit(db, { id: null, label: 'system' }, { action: 'release.verify', entityType: 'Rollout', entityId: rollout.id });
    await fanOutAuditEvents({ now: LATER() });
    const digest = await db.outboxMessage.findFirstOrThrow({ where: { userId: other.id, kind: 'subscription.digest' } });
    const link = (digest.headers as Record<string, string>)['List-Unsubscribe']!;
    const token = decodeURIComponent(/\/unsubscribe\/([^>]+)>/.exec(link)![1]!);
    expect(await unsubscribeByToken(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toEqual({ removed: 0 });
    expect(await describeUnsubscribeToken(token)).toMatchObject({ kind: 'digest', email: other.email, count: 1 });
    expect(await unsubscribeByToken(token)).toEqual({ removed: 1 });
    expect(await db.subscription.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.subscription.count({ where: { userId: reader.id } })).toBe(2);
  });

  it('quotes the words of a comment and reaches the followers of its rollout', async () => {
    await fanOutAuditEvents();
    const { rollout } = await createRollout();
    const follower = await createUser();
    await followTarget({ id: follower.id, label: follower.email }, { targetType: 'ROLLOUT', targetId: rollout.id, mode: 'IMMEDIATE' });
    const comment = await db.comment.create({ data: { rolloutId: rollout.id, body: 'Installed on the CE;\nno issue so far.' } });
    await recordAudit(db, { id: null, label: 'member@team.test' }, { action: 'rollout.comment', entityType: 'Comment', entityId: comment.id, after: { rollout: rollout.number } });
    await fanOutAuditEvents({ now: LATER() });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { userId: follower.id } });
    expect(message.rolloutId).toBe(rollout.id);
    expect(message.text).toContain('> Installed on the CE;\n  > no issue so far.');
  });

  it('refuses to follow something that does not exist, and to remove another user subscription', async () => {
    const user = await createUser();
    const intruder = await createUser();
    await expect(followTarget({ id: user.id, label: user.email }, { targetType: 'TEAM', targetId: 'nope', mode: 'IMMEDIATE' })).rejects.toThrow(/does not exist/);
    const { team } = await createTeam();
    const { id } = await followTarget({ id: user.id, label: user.email }, { targetType: 'TEAM', targetId: team.id, mode: 'IMMEDIATE' });
    const again = await followTarget({ id: user.id, label: user.email }, { targetType: 'TEAM', targetId: team.id, mode: 'DIGEST' });
    expect(again).toEqual({ id, created: false });
    expect((await db.subscription.findUniqueOrThrow({ where: { id } })).mode).toBe('DIGEST');
    await expect(unfollow({ id: intruder.id, label: intruder.email }, id)).rejects.toThrow(/your own/);
    await unfollow({ id: user.id, label: user.email }, id);
    expect(await db.subscription.count({ where: { id } })).toBe(0);
  });
});
