// The mail path end to end: a member's mail client (nodemailer) sends a reply to the site's mail
// server (a real SMTP server on 127.0.0.1), which pipes it to scripts/mailgate.mjs (a real child
// process, plain Node), which posts it over HTTP to the app's inbound-mail route (real handler, real
// database). Checks what the ticket, the outbox and the mail server's queue and bounces end up with.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/v1/inbound-mail/route';
import { db } from '@/lib/db/client';
import { runOutboxUntilIdle } from '@/lib/notify/outbox-worker';
import { makeRolloutWorld, makeTeam, openAndInvite, type RolloutWorld, type TestTeam } from '@/lib/rollout/test-fixtures';
import { type MailgateMta, runMailgate, startMailgateMta } from '@/test/support/mailgate-mta';
import { type RouteServer, serveRoutes } from '@/test/support/route-server';
import { startSmtpServer } from '@/test/support/smtp-server';

const SECRET = 'mailgate-test-secret';
const ROUTES = { '/api/v1/inbound-mail': { POST } };
const secretFile = path.join(tmpdir(), `mailgate-secret-${process.pid}`);

let app: RouteServer;
let mta: MailgateMta;
let world: RolloutWorld;
let teams: TestTeam[];

const status = async (team: TestTeam) => (await db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: team.team.id } } })).status;
const tag = () => `[staged-rollout #${world.rollout.number}]`;

function send(message: nodemailer.SendMailOptions) {
  const client = nodemailer.createTransport({ host: '127.0.0.1', port: mta.smtp.port, secure: false, ignoreTLS: true });
  return client.sendMail({ to: 'staged-rollout@egi.test', ...message });
}

beforeAll(async () => {
  vi.stubEnv('INBOUND_MAIL_SECRET', SECRET);
  writeFileSync(secretFile, `${SECRET}\n`, { mode: 0o600 });
  world = await makeRolloutWorld();
  teams = [await makeTeam(world), await makeTeam(world), await makeTeam(world), await makeTeam(world)];
  await openAndInvite(world, teams);
  app = await serveRoutes(ROUTES);
  mta = await startMailgateMta(['--url', app.url, '--secret-file', secretFile, '--timeout', '60']);
});

afterAll(async () => {
  await mta?.stop();
  await app?.stop();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  mta.attempts.length = 0;
  mta.bounced.length = 0;
});

describe('mail gateway (SMTP -> mailgate -> app)', () => {
  it("turns a member's reply into an ACCEPT, finds the ticket by In-Reply-To, ignores quoted history and answers in the thread", async () => {
    const [team, other] = teams as [TestTeam, TestTeam];
    const invitation = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `team.invited:${world.rollout.id}:${team.team.id}` } });
    const sent = await send({
      from: `"Maria João" <${team.member.email}>`,
      subject: 'Re: Invitation',
      inReplyTo: `<outbox.${invitation.id}@egi.eu>`,
      text: `accept ${team.ngiSite}\n\nOn Tue, 3 May 2011, Luca wrote:\n> reject ${other.ngiSite}\n`,
    });
    expect(mta.attempts).toMatchObject([{ code: 0 }]);
    expect(await status(team)).toBe('ACCEPTED');
    expect(await status(other)).toBe('INVITED');
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { rolloutId: world.rollout.id, kind: 'inbound.acknowledged', recipients: { has: team.member.email.toLowerCase() } } });
    expect(ack.headers).toMatchObject({ 'In-Reply-To': sent.messageId, References: sent.messageId });
    expect(ack.text).toContain(`${team.team.name} accepted the staged rollout.`);

    // What the member's mailbox receives from the outbox: a reply in the ticket's thread. The worker runs
    // in a window of the past of its own (as in outbox-delivery.test.ts): other files' messages are not touched.
    const inbox = await startSmtpServer();
    const at = new Date(Date.UTC(1900 + (process.pid % 50), 0, 1));
    await db.outboxMessage.update({ where: { id: ack.id }, data: { nextAttemptAt: at } });
    try {
      await runOutboxUntilIdle({ mail: { smtpUrl: inbox.url, display: inbox.url, from: 'Staged Rollout <staged-rollout@egi.test>' }, now: () => at });
      const answer = inbox.messages.find((message) => message.headers.get('x-staged-rollout-kind') === 'inbound.acknowledged');
      expect(answer).toMatchObject({ to: [team.member.email.toLowerCase()], subject: `${tag()} Re: Invitation` });
      expect(answer!.headers.get('in-reply-to')).toBe(sent.messageId);
      expect(answer!.headers.get('references')?.split(',')).toEqual([`<rollout.${world.rollout.id}@egi.test>`, sent.messageId]); // the parser lists them
      expect(answer!.headers.get('auto-submitted')).toBe('auto-generated');
    } finally {
      await inbox.stop();
    }
  });

  it('reads an HTML-only, quoted-printable reply whose quoted history holds another team\'s accept', async () => {
    const team = teams[1]!;
    await send({
      from: team.contact!,
      subject: `Re: ${tag()} Invitation`,
      html: `<div>Reject ${team.ngiSite}&nbsp;&mdash; downtime</div><blockquote type="cite">accept ${teams[2]!.ngiSite}</blockquote>`,
      textEncoding: 'quoted-printable',
    });
    expect(mta.attempts).toMatchObject([{ code: 0 }]);
    expect(await status(team)).toBe('DECLINED');
    expect(await status(teams[2]!)).toBe('INVITED');
  });

  it('reads a base64 reply in ISO-8859-1 with an encoded subject', async () => {
    const team = teams[2]!;
    const body = Buffer.from(`accept ${team.ngiSite}\nSaúdos, José\n`, 'latin1').toString('base64');
    const raw = [
      `From: =?ISO-8859-1?Q?Jos=E9?= <${team.member.email}>`,
      `Subject: =?ISO-8859-1?Q?Re:_${tag().replace(/ /g, '_')}_Convite_=E0_implementa=E7=E3o?=`,
      'Message-ID: <latin1-reply@ifca.es>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '',
    ].join('\r\n');
    await send({ envelope: { from: team.member.email, to: 'staged-rollout@egi.test' }, raw });
    expect(mta.attempts).toMatchObject([{ code: 0 }]);
    expect(await status(team)).toBe('ACCEPTED');
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: 'inbound.acknowledged:<latin1-reply@ifca.es>' } });
    expect(ack.subject).toBe(`Re: ${tag()} Convite à implementação`);
  });

  it('refuses a forged or unknown sender with 65 and the reason (the server bounces), and changes nothing', async () => {
    const team = teams[3]!;
    const outboxBefore = await db.outboxMessage.count();
    await send({ from: 'mallory@evil.example', subject: `Re: ${tag()}`, text: `accept ${team.ngiSite}` });
    // A member of another team writing for this one: refused too, and told why in the thread.
    await send({ from: teams[0]!.member.email, subject: `Re: ${tag()}`, text: `accept ${team.ngiSite}` });
    expect(mta.attempts.map((run) => run.code)).toEqual([65, 65]);
    expect(mta.bounced[0]!.reason).toContain('mallory@evil.example is neither a member nor a contact of');
    expect(await status(team)).toBe('INVITED');
    const answers = await db.outboxMessage.findMany({ where: { kind: 'inbound.refused', rolloutId: world.rollout.id } });
    expect(answers.map((row) => row.recipients)).toEqual([[teams[0]!.member.email.toLowerCase()]]); // none to the unknown address
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 1);
  });

  it('exits 75 while the app is down, and the queued message is applied when the server retries after the app is back', async () => {
    const team = teams[3]!;
    await app.stop();
    await send({ from: team.contact!, subject: `Re: ${tag()}`, text: `accept ${team.ngiSite}` });
    expect(mta.attempts).toMatchObject([{ code: 75 }]);
    expect(mta.attempts[0]!.stderr).toMatch(/cannot reach .*ECONNREFUSED.*will retry/);
    expect(mta.deferred).toHaveLength(1);
    expect(await status(team)).toBe('INVITED');

    app = await serveRoutes(ROUTES, app.port);
    await mta.flush();
    expect(mta.attempts.map((run) => run.code)).toEqual([75, 0]);
    expect(mta.deferred).toHaveLength(0);
    expect(await status(team)).toBe('ACCEPTED');
  });
});

describe('mailgate exit statuses', () => {
  const raw = 'From: someone@example.org\r\nSubject: hi\r\n\r\nhello\r\n';

  it('treats a disabled endpoint (503) and a wrong secret (401) as temporary, so no reply is lost to a configuration slip', async () => {
    vi.stubEnv('INBOUND_MAIL_SECRET', '');
    const disabled = await runMailgate(['--url', app.url, '--secret-file', secretFile], raw);
    vi.stubEnv('INBOUND_MAIL_SECRET', SECRET);
    expect(disabled.code).toBe(75);
    expect(disabled.stderr).toContain('503: Inbound mail is not configured');
    const wrong = await runMailgate(['--url', app.url], raw, { INBOUND_MAIL_SECRET: 'not-the-secret' });
    expect(wrong.code).toBe(75);
    expect(wrong.stderr).toContain('401');
  });

  it('refuses a message without a ticket with 65, and follows sysexits for usage and empty input', async () => {
    const untagged = await runMailgate(['--url', app.url], raw, { INBOUND_MAIL_SECRET: SECRET });
    expect(untagged).toMatchObject({ code: 65 });
    expect(untagged.stderr).toContain('refused (404): Cannot tell which rollout this reply is about');
    expect((await runMailgate([], raw, { INBOUND_MAIL_SECRET: SECRET })).code).toBe(64);
    expect((await runMailgate(['--url', app.url], '', { INBOUND_MAIL_SECRET: SECRET })).code).toBe(0);
    expect((await runMailgate(['--url', app.url, '--secret-file', '/nonexistent/secret'], raw)).code).toBe(75);
  });
});
