// What goes on the wire for an outbox row: ticket tag (once), ticket link, footer, stable Message-ID,
// threading per rollout, stored headers passed through; and the mail settings from the environment.
import { describe, expect, it } from 'vitest';
import { backoffMs, isPermanentFailure } from './backoff';
import { composeMail, messageIdFor, outboxIdFromMessageId } from './compose-mail';
import { parseTicketTag, ticketTag } from './links';
import { DEFAULT_MAIL_FROM, readMailConfig, senderDomain } from './mail-config';

const row = { id: 'ckabc123', kind: 'team.invited', recipients: ['a@site.test'], subject: 'Invitation', text: 'Please reply.\n', html: null, headers: { 'List-Unsubscribe': '<http://x/unsubscribe/t>' }, rolloutId: 'r1' };
const context = { from: 'Staged Rollout <sr@egi.test>', outboxUrl: 'http://app/outbox', rollout: { number: 42, url: 'http://app/rollouts/42' } };

describe('composeMail', () => {
  it('tags the subject, links the ticket, keeps the plain text and threads by rollout', () => {
    const mail = composeMail(row, context);
    expect(mail.subject).toBe('[staged-rollout #42] Invitation');
    expect(parseTicketTag(`Re: ${mail.subject}`)).toBe(42);
    expect(mail.text).toContain('Please reply.');
    expect(mail.text).toContain('Ticket: http://app/rollouts/42');
    expect(mail.messageId).toBe('<outbox.ckabc123@egi.test>');
    expect(outboxIdFromMessageId(`Re: ${mail.messageId}`)).toBe('ckabc123');
    expect(mail.headers.References).toBe('<rollout.r1@egi.test>');
    expect(mail.headers['List-Unsubscribe']).toBe('<http://x/unsubscribe/t>');
    expect(mail.headers['X-Staged-Rollout-Ticket']).toBe('42');
  });

  it("threads an answer to an inbound reply under the ticket's root and the reply itself", () => {
    const mail = composeMail({ ...row, headers: { 'In-Reply-To': '<r@lip.pt>', References: '<r@lip.pt>' } }, context);
    expect(mail.headers).toMatchObject({ 'In-Reply-To': '<r@lip.pt>', References: '<rollout.r1@egi.test> <r@lip.pt>' });
  });

  it('does not tag twice nor repeat a link the text already has', () => {
    const mail = composeMail({ ...row, subject: `${ticketTag(42)} Invitation`, text: 'See http://app/rollouts/42' }, context);
    expect(mail.subject).toBe('[staged-rollout #42] Invitation');
    expect(mail.text.match(/http:\/\/app\/rollouts\/42/g)).toHaveLength(1);
  });

  it('sends mail without a rollout untagged, and drops header values with line breaks', () => {
    const mail = composeMail({ ...row, rolloutId: null, headers: { 'X-Evil': 'a\r\nBcc: x@y' } }, { ...context, rollout: null });
    expect(mail.subject).toBe('Invitation');
    expect(mail.headers['X-Evil']).toBeUndefined();
    expect(mail.headers.References).toBeUndefined();
    expect(messageIdFor('id1', 'nobody')).toBe('<outbox.id1@localhost>');
  });
});

describe('mail settings', () => {
  it('reads SMTP_URL, MAIL_FROM and refuses other schemes', () => {
    expect(readMailConfig({})).toEqual({ configured: false, reason: 'no SMTP server configured (set SMTP_URL)' });
    const smtps = readMailConfig({ SMTP_URL: 'smtps://user:secret@mail.example.org', MAIL_FROM: 'EA <ea@example.org>' });
    expect(smtps).toMatchObject({ configured: true, config: { display: 'smtps://mail.example.org:465', from: 'EA <ea@example.org>' } });
    expect(JSON.stringify((smtps as { config: { display: string } }).config.display)).not.toContain('secret');
    expect(readMailConfig({ SMTP_URL: 'smtp://localhost:2525' })).toMatchObject({ config: { from: DEFAULT_MAIL_FROM } });
    expect(readMailConfig({ SMTP_URL: 'http://x' })).toMatchObject({ configured: false });
    expect(readMailConfig({ SMTP_URL: 'not a url' })).toMatchObject({ configured: false });
    expect(senderDomain(DEFAULT_MAIL_FROM)).toBe('localhost');
  });

  it('backs off exponentially up to an hour and gives up on 5xx only', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 451 })).toBe(false);
    expect(isPermanentFailure(new Error('ECONNREFUSED'))).toBe(false);
  });
});
