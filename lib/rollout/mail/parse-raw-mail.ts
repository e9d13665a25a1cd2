// A small RFC 822 / MIME reader for inbound replies: headers (unfolded, RFC 2047 words decoded), and
// the first text/plain body (quoted-printable or base64, any charset Node knows), falling back to a
// text/html part with its tags stripped. Pure; attachments are ignored because replies are one line.

export interface RawMail {
  headers: Map<string, string>;
  from: string;
  subject: string;
  messageId: string;
  inReplyTo: string;
  references: string;
  text: string;
}

const MAX_DEPTH = 5;

/** Splits head from body and unfolds the head into lower-cased header names (first occurrence wins). */
export function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  let current: string | null = null;
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      headers.set(current, `${headers.get(current)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (headers.has(name)) {
      current = null; // keep the first occurrence; ignore continuations of later ones
      continue;
    }
    current = name;
    headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** Mail clients label Windows-1252 text as ISO-8859-1; decode it the way browsers do (WHATWG). */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'windows-1252', 'cp1252', 'ascii']);
// Node 20 decodes windows-1252 as plain Latin-1, so 0x80-0x9F (curly quotes, dashes, €) are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase() || 'utf-8';
  if (WINDOWS_1252_LABELS.has(label)) {
    return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('');
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  const encoded = new TextEncoder().encode(joined);
  for (let i = 0; i < encoded.length; i++) {
    const byte = encoded[i]!;
    if (byte === 0x3d && i + 2 < encoded.length) {
      const hex = String.fromCharCode(encoded[i + 1]!, encoded[i + 2]!);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
    }
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047 encoded words, e.g. `=?UTF-8?Q?Jo=C3=A3o?=` or `=?iso-8859-1?B?...?=`. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[bBqQ]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_all, charset: string, encoding: string, data: string) => {
      const bytes =
        encoding.toUpperCase() === 'B' ? Uint8Array.from(Buffer.from(data, 'base64')) : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset.replace(/\*.*$/, ''));
    });
}

/** A header's main value and its parameters, e.g. `multipart/mixed; boundary="x"`. */
export function headerParams(value: string): { value: string; params: Record<string, string> } {
  const [main, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value: (main ?? '').trim().toLowerCase(), params };
}

function decodeBody(body: string, headers: Map<string, string>): string {
  const { params } = headerParams(headers.get('content-type') ?? 'text/plain');
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return decodeBytes(Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64')), params.charset ?? 'utf-8');
  if (encoding === 'quoted-printable') return decodeBytes(decodeQuotedPrintable(body), params.charset ?? 'utf-8');
  // 7bit/8bit bodies arrived as text already; re-decode only a declared non-UTF-8 charset.
  const charset = (params.charset ?? 'utf-8').toLowerCase();
  return charset === 'utf-8' || charset === 'us-ascii' ? body : decodeBytes(latin1Bytes(body), charset);
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The readable text of a MIME entity: text/plain first, else text/html as text, else ''. */
function entityText(headers: Map<string, string>, body: string, depth: number): { plain?: string; html?: string } {
  const { value: type, params } = headerParams(headers.get('content-type') ?? 'text/plain');
  const disposition = headerParams(headers.get('content-disposition') ?? '').value;
  if (type.startsWith('multipart/') && params.boundary && depth < MAX_DEPTH) {
    const found: { plain?: string; html?: string } = {};
    const delimiter = `--${params.boundary}`;
    const sections = body.split(new RegExp(`^${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?$`, 'm'));
    for (const section of sections.slice(1)) {
      const part = splitHeaders(section.replace(/^\r?\n/, ''));
      const inner = entityText(part.headers, part.body, depth + 1);
      found.plain ??= inner.plain;
      found.html ??= inner.html;
    }
    return found;
  }
  if (disposition === 'attachment') return {};
  if (type === 'text/plain') return { plain: decodeBody(body, headers) };
  if (type === 'text/html') return { html: htmlToText(decodeBody(body, headers)) };
  return {};
}

export function parseRawMail(raw: string): RawMail {
  const { headers, body } = splitHeaders(raw);
  const found = entityText(headers, body, 0);
  return {
    headers,
    from: decodeEncodedWords(headers.get('from') ?? ''),
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    inReplyTo: headers.get('in-reply-to') ?? '',
    references: headers.get('references') ?? '',
    text: (found.plain ?? found.html ?? '').replace(/\r\n/g, '\n'),
  };
}
