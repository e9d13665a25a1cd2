import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, parseRawMail } from './parse-raw-mail';
import { findReplyCommand, rolloutNumberFromSubject, senderAddress } from './parse-reply';

const THUNDERBIRD = [
  'Return-Path: <maria@lip.pt>',
  'Message-ID: <4DBF9A2C.5060708@lip.pt>',
  'Date: Tue, 03 May 2011 10:15:08 +0100',
  'From: =?UTF-8?Q?Maria_Jo=C3=A3o?= <Maria@lip.pt>',
  'To: staged-rollout@rt.egi.eu',
  'Subject: Re: [staged-rollout #12] Staged Rollout EMI-1.0 CREAM 1.8.0-1',
  ' SL5 x86_64',
  'In-Reply-To: <staged-rollout-12@ea.egi.eu>',
  'References: <staged-rollout-12@ea.egi.eu>',
  'Content-Type: text/plain; charset=UTF-8; format=flowed',
  'Content-Transfer-Encoding: 8bit',
  '',
  'accept PT-LIP-Lisbon',
  '',
  'Cumprimentos, Maria João',
  '',
  'On 03-05-2011 09:58, Staged Rollout wrote:',
  '> Reply with one line:',
  '>     accept PT-LIP-Lisbon',
  '>     reject PT-LIP-Lisbon',
  '',
].join('\r\n');

const OUTLOOK_MULTIPART = [
  'From: "Rossi, Luca" <luca.rossi@cnaf.infn.it>',
  'Subject: RE: [staged-rollout #31] Staged Rollout EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="_000_B1F_"',
  '',
  '--_000_B1F_',
  'Content-Type: text/plain; charset="iso-8859-1"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'reject IT-INFN-T1 =96 our storage is being migrated, sorry.',
  '',
  'Luca',
  '',
  '________________________________',
  'From: Staged Rollout [sr@egi.eu]',
  'accept IT-INFN-T1',
  '',
  '--_000_B1F_',
  'Content-Type: text/html; charset="iso-8859-1"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><body><p>reject IT-INFN-T1</p></body></html>',
  '--_000_B1F_--',
  '',
].join('\r\n');

const HTML_ONLY_BASE64 = [
  'From: ops@ifca.es',
  'Subject: [staged-rollout #5] Staged Rollout',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('<div>Accept ES-IFCA-LCG2<br>regards</div><blockquote>accept ES-OTHER</blockquote>').toString('base64'),
  '',
].join('\n');

describe('parseRawMail', () => {
  it('reads a Thunderbird reply: folded subject, encoded sender name, 8bit UTF-8 body', () => {
    const mail = parseRawMail(THUNDERBIRD);
    expect(mail.from).toBe('Maria João <Maria@lip.pt>');
    expect(senderAddress(mail.from)).toBe('maria@lip.pt');
    expect(mail.subject).toBe('Re: [staged-rollout #12] Staged Rollout EMI-1.0 CREAM 1.8.0-1 SL5 x86_64');
    expect(rolloutNumberFromSubject(mail.subject)).toBe(12);
    expect(mail.inReplyTo).toBe('<staged-rollout-12@ea.egi.eu>');
    expect(mail.text).toContain('Cumprimentos, Maria João');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'accept', teamName: 'ea-PT-LIP-Lisbon' });
  });

  it('reads the text/plain part of an Outlook multipart reply in ISO-8859-1 quoted-printable', () => {
    const mail = parseRawMail(OUTLOOK_MULTIPART);
    expect(mail.text).toContain('reject IT-INFN-T1 – our storage');
    expect(mail.text).not.toContain('<html>');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'reject', teamName: 'ea-IT-INFN-T1' });
  });

  it('falls back to the HTML part, without its blockquote', () => {
    const mail = parseRawMail(HTML_ONLY_BASE64);
    expect(mail.text).not.toContain('ES-OTHER');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'accept', teamKey: 'ES-IFCA-LCG2' });
  });

  it('copes with a message that has no body', () => {
    const mail = parseRawMail('From: a@b.c\nSubject: hi');
    expect(mail.text).toBe('');
    expect(mail.subject).toBe('hi');
  });
});

describe('decodeEncodedWords', () => {
  it('joins adjacent encoded words and decodes B and Q encodings', () => {
    expect(decodeEncodedWords('=?UTF-8?B?Sm/Do28=?= =?UTF-8?Q?_Silva?=')).toBe('João Silva');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Jos=E9?= <jose@ifca.es>')).toBe('José <jose@ifca.es>');
  });
});
