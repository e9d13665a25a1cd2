// Reads an inbound-mail webhook request (pure apart from the environment): the shared secret in the
// X-Inbound-Mail-Secret header, and the message as JSON { from, subject, text, inReplyTo?, references? }
// or as a raw RFC 5322 message (what scripts/mailgate.mjs posts), read by mail/parse-raw-mail.ts.
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import { safeParseUntrusted } from '@/lib/validation/safe-parse';
import type { InboundMail } from './inbound-mail';
import { parseRawMail } from './mail/parse-raw-mail';

export const INBOUND_SECRET_HEADER = 'x-inbound-mail-secret';
export const MAX_INBOUND_BYTES = 2_000_000;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison of the header with the configured secret. */
export function secretMatches(given: string | null, expected: string): boolean {
  return !!given && timingSafeEqual(digest(given), digest(expected));
}

/** The JSON form of an inbound message (also documented in the OpenAPI description). */
export const jsonMail = z.object({
  from: z.string().trim().min(3, 'The sender (from) is required.').max(500),
  subject: z.string().max(2000).default(''),
  text: z.string().max(MAX_INBOUND_BYTES),
  inReplyTo: z.string().max(5000).optional(),
  references: z.string().max(20_000).optional(),
  messageId: z.string().max(1000).optional(),
});

export async function readInboundMail(contentType: string, bytes: Uint8Array): Promise<InboundMail> {
  if (bytes.length > MAX_INBOUND_BYTES) throw new ValidationError(`The message is larger than ${MAX_INBOUND_BYTES} bytes.`);
  if (bytes.length === 0) throw new ValidationError('Empty body: send the raw message or JSON { from, subject, text }.');
  if (contentType.toLowerCase().startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new ValidationError('The body is not valid JSON.');
    }
    const result = safeParseUntrusted(jsonMail, parsed);
    if (!result.success) throw new ValidationError(result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
    return result.data;
  }
  const mail = await parseRawMail(bytes);
  if (!mail.from) throw new ValidationError('The raw message has no From header.');
  return mail;
}
