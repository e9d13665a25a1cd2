// Reads an inbound RFC 5322 message with `mailparser` (a maintained MIME library): decoded headers
// (RFC 2047 words, any charset), the thread headers, and the reply's text: the text/plain part when
// there is one (multipart/alternative, quoted-printable, base64 and non-UTF-8 charsets are the
// library's job), else the HTML part without its quoted history (html-reply-text.ts).
import { type AddressObject, simpleParser } from 'mailparser';
import { htmlReplyText } from './html-reply-text';

export interface RawMail {
  from: string;
  subject: string;
  messageId: string;
  inReplyTo: string;
  references: string;
  text: string;
  /** RFC 3834 Auto-Submitted is set to anything but "no": an autoresponder or a bounce, never answered. */
  autoSubmitted: boolean;
}

function addressText(field: AddressObject | AddressObject[] | undefined): string {
  const first = Array.isArray(field) ? field[0] : field;
  const entry = first?.value[0];
  if (!entry?.address) return first?.text ?? '';
  return entry.name ? `${entry.name} <${entry.address}>` : entry.address;
}

function headerValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return '';
}

/** Mail with a bare auto-generated marker or a bulk/list precedence is machine mail (RFC 3834 §2). */
function isAutomatic(headers: Map<string, unknown>): boolean {
  const autoSubmitted = headerValue(headers.get('auto-submitted')).trim().toLowerCase();
  const precedence = headerValue(headers.get('precedence')).trim().toLowerCase();
  return (!!autoSubmitted && autoSubmitted !== 'no') || ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence);
}

export async function parseRawMail(raw: Uint8Array | string): Promise<RawMail> {
  const parsed = await simpleParser(typeof raw === 'string' ? raw : Buffer.from(raw), {
    // The HTML is converted here, without its quoted history; the library's conversion would keep it.
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
  });
  const plain = parsed.text?.trim() ? parsed.text : '';
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const references = Array.isArray(parsed.references) ? parsed.references.join(' ') : (parsed.references ?? '');
  return {
    from: addressText(parsed.from),
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? '',
    inReplyTo: parsed.inReplyTo ?? '',
    references,
    text: (plain || (html ? htmlReplyText(html) : '')).replace(/\r\n?/g, '\n'),
    autoSubmitted: isAutomatic(parsed.headers as Map<string, unknown>),
  };
}
