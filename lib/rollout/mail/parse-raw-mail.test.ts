import { describe, expect, it } from 'vitest';
import { parseRawMail } from './parse-raw-mail';
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


const GMAIL_HTML_ONLY_QP = [
  'From: Jan Nowak <jan.nowak@cyfronet.pl>',
  'Subject: =?ISO-8859-2?Q?Re:_[staged-rollout_#7]_Wdro=BFenie?= =?UTF-8?B?IOKAkyBDUkVBTQ==?=',
  'Message-ID: <CAF=abc@mail.gmail.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset="UTF-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<div dir=3D"ltr">Accept PL-CYFRONET-LCG2=C2=A0<br>Pozdrawiam</div><br><div class=3D"gm=',
  'ail_quote"><div dir=3D"ltr" class=3D"gmail_attr">On Tue, 3 May 2011 Staged Rollout wrote:<br></div>',
  '<div>accept IT-INFN-T1</div></div>',
  '',
].join('\r\n');

const LATIN2_BASE64 = [
  'From: =?iso-8859-2?Q?Pawe=B3?= <pawel@cyfronet.pl>',
  'Subject: Re: [staged-rollout #9] x',
  'Content-Type: text/plain; charset=iso-8859-2',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from([...Buffer.from('reject PL-CYFRONET-LCG2\n'), 0x5a, 0x62, 0xb3, 0x61, 0x64, 0x65, 0x6b, 0x0a]).toString('base64'),
  '',
].join('\n');

/** Another team's `accept …` in the quoted history, and no command in the new text. */
const QUOTED_OTHER_TEAM = [
  'From: ops@ifca.es',
  'Subject: Re: [staged-rollout #5] Staged Rollout',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/alternative; boundary="inner"',
  '',
  '--inner',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'We need one more day to drain the queue =E2=80=94 will answer tomorrow.',
  '',
  'El 3 may 2011, a las 10:00, Luca Rossi escribi=C3=B3:',
  'accept IT-INFN-T1',
  '',
  '--inner',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>We need one more day.</p><blockquote>accept IT-INFN-T1</blockquote>',
  '--inner--',
  '--outer',
  'Content-Type: text/plain; name="log.txt"',
  'Content-Disposition: attachment; filename="log.txt"',
  '',
  'accept ES-IFCA-LCG2',
  '--outer--',
  '',
].join('\r\n');

describe('parseRawMail', () => {
  it('reads a Thunderbird reply: folded subject, encoded sender name, 8bit UTF-8 body', async () => {
    const mail = await parseRawMail(THUNDERBIRD);
    expect(mail.from).toBe('Maria João <Maria@lip.pt>');
    expect(senderAddress(mail.from)).toBe('maria@lip.pt');
    expect(mail.subject).toBe('Re: [staged-rollout #12] Staged Rollout EMI-1.0 CREAM 1.8.0-1 SL5 x86_64');
    expect(rolloutNumberFromSubject(mail.subject)).toBe(12);
    expect(mail.inReplyTo).toBe('<staged-rollout-12@ea.egi.eu>');
    expect(mail.messageId).toBe('<4DBF9A2C.5060708@lip.pt>');
    expect(mail.text).toContain('Cumprimentos, Maria João');
    expect(mail.autoSubmitted).toBe(false);
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'accept', teamName: 'ea-PT-LIP-Lisbon' });
  });

  it('reads the text/plain part of an Outlook multipart/alternative reply in Windows-1252 quoted-printable', async () => {
    const mail = await parseRawMail(OUTLOOK_MULTIPART);
    expect(mail.text).toContain('reject IT-INFN-T1 – our storage'); // 0x96 is an en dash in Windows-1252
    expect(mail.text).not.toContain('<html>');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'reject', teamName: 'ea-IT-INFN-T1' });
  });

  it('falls back to a base64 HTML-only part, without its blockquote', async () => {
    const mail = await parseRawMail(HTML_ONLY_BASE64);
    expect(mail.text).not.toContain('ES-OTHER');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'accept', teamKey: 'ES-IFCA-LCG2' });
  });

  it('reads a quoted-printable HTML-only Gmail reply: entities, soft line breaks, no gmail_quote history', async () => {
    const mail = await parseRawMail(GMAIL_HTML_ONLY_QP);
    expect(mail.subject).toBe('Re: [staged-rollout #7] Wdrożenie – CREAM'); // two encoded words, two charsets
    expect(mail.text).toBe('Accept PL-CYFRONET-LCG2\nPozdrawiam');
    expect(mail.text).not.toContain('IT-INFN-T1');
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'accept', teamKey: 'PL-CYFRONET-LCG2' });
  });

  it('decodes a base64 body in ISO-8859-2 and an encoded sender name', async () => {
    const mail = await parseRawMail(Buffer.from(LATIN2_BASE64, 'latin1'));
    expect(mail.from).toBe('Paweł <pawel@cyfronet.pl>');
    expect(mail.text).toContain('Zbładek'); // 0xB3 is ł in ISO-8859-2 (³ in Latin-1)
    expect(findReplyCommand(mail.text)).toMatchObject({ answer: 'reject', teamKey: 'PL-CYFRONET-LCG2' });
  });

  it("counts only the new text: another team's accept in the quoted history or an attachment is no command", async () => {
    const mail = await parseRawMail(QUOTED_OTHER_TEAM);
    expect(mail.text).toContain('one more day to drain the queue — will answer tomorrow.');
    expect(mail.text).not.toContain('ES-IFCA-LCG2');
    expect(findReplyCommand(mail.text)).toBeNull();
  });

  it('marks autoresponder mail (RFC 3834 Auto-Submitted, Precedence: bulk)', async () => {
    expect((await parseRawMail('From: a@b.c\nAuto-Submitted: auto-replied\nSubject: Out of office\n\naway')).autoSubmitted).toBe(true);
    expect((await parseRawMail('From: a@b.c\nPrecedence: bulk\nSubject: x\n\ny')).autoSubmitted).toBe(true);
    expect((await parseRawMail('From: a@b.c\nAuto-Submitted: no\nSubject: x\n\ny')).autoSubmitted).toBe(false);
  });

  it('copes with a message that has no body', async () => {
    const mail = await parseRawMail('From: a@b.c\nSubject: hi');
    expect(mail.text).toBe('');
    expect(mail.subject).toBe('hi');
  });
});
