import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SmtpTestServer, startSmtpServer } from './smtp-server';

describe('test SMTP server', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.stop();
  });
  beforeEach(() => smtp.clear());

  function transport() {
    return nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, ignoreTLS: true });
  }

  it('receives a message sent with nodemailer and parses it', async () => {
    await transport().sendMail({
      from: 'Staged Rollout <noreply@ea.example.org>',
      to: 'ea-PT-LIP@example.org',
      bcc: 'archive@example.org',
      subject: 'Staged Rollout EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64 — café',
      text: 'Please reply accept or reject within one working day.\nŠpecial characters survive.',
      headers: { 'X-Rollout-Id': 'r-42' },
    });
    const [message] = await smtp.waitForMessages(1);
    expect(message).toMatchObject({
      from: 'noreply@ea.example.org',
      to: ['ea-PT-LIP@example.org'],
      subject: 'Staged Rollout EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64 — café',
      envelope: { from: 'noreply@ea.example.org', to: ['ea-PT-LIP@example.org', 'archive@example.org'] },
    });
    expect(message!.text).toContain('Špecial characters survive.');
    expect(message!.headers.get('x-rollout-id')).toBe('r-42');
    expect(message!.raw).not.toContain('archive@example.org'); // Bcc is envelope only
  });

  it('refuses the next messages when told to, then accepts', async () => {
    smtp.refuseNext(2);
    const mail = { from: 'a@example.org', to: 'b@example.org', subject: 'retry me', text: 'x' };
    await expect(transport().sendMail(mail)).rejects.toMatchObject({ responseCode: 451 });
    await expect(transport().sendMail(mail)).rejects.toMatchObject({ responseCode: 451 });
    await transport().sendMail(mail);
    expect(smtp.refusedCount()).toBe(2);
    expect(smtp.messages.map((message) => message.subject)).toEqual(['retry me']);
  });

  it('can refuse permanently', async () => {
    smtp.refuseNext(1, 550);
    await expect(
      transport().sendMail({ from: 'a@example.org', to: 'b@example.org', subject: 'no', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect(smtp.messages).toEqual([]);
  });
});
