import { describe, expect, it } from 'vitest';
import { readInboundMail, secretMatches } from './inbound-request';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('inbound mail requests', () => {
  it('compares the shared secret exactly', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    expect(secretMatches('s3cre', 's3cret')).toBe(false);
    expect(secretMatches(null, 's3cret')).toBe(false);
  });

  it('reads the JSON form', async () => {
    expect(await readInboundMail('application/json; charset=utf-8', bytes(JSON.stringify({ from: 'a@b.org', subject: 'Re: [staged-rollout #3]', text: 'accept X-Y' })))).toEqual({
      from: 'a@b.org',
      subject: 'Re: [staged-rollout #3]',
      text: 'accept X-Y',
    });
    await expect(readInboundMail('application/json', bytes('{"subject":"x"}'))).rejects.toThrow(/from/);
    await expect(readInboundMail('application/json', bytes('{nope'))).rejects.toThrow(/not valid JSON/);
  });

  it('reads a raw RFC 822 message, including a Latin-1 one', async () => {
    const raw = 'From: Jos\xe9 <jose@ifca.es>\r\nSubject: Re: [staged-rollout #8] x\r\nIn-Reply-To: <outbox.abc@egi.eu>\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\naccept ES-IFCA-LCG2\r\nsa\xfados\r\n';
    const mail = await readInboundMail('message/rfc822', Uint8Array.from(raw, (c) => c.charCodeAt(0)));
    expect(mail).toMatchObject({ subject: 'Re: [staged-rollout #8] x', inReplyTo: '<outbox.abc@egi.eu>' });
    expect(mail.text).toContain('saúdos');
    await expect(readInboundMail('text/plain', new Uint8Array())).rejects.toThrow(/Empty body/);
  });
});
