// A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives, for tests of the
// mailer and the outbox. It can refuse the next N messages to exercise retries.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMessage {
  /** The SMTP envelope (MAIL FROM / RCPT TO), which may differ from the headers (Bcc). */
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | undefined;
  /** Lower-cased header name -> raw value, e.g. headers.get('list-id'). */
  headers: Map<string, string>;
  raw: string;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Accepted messages, oldest first. */
  messages: CapturedMessage[];
  /** How many messages were refused so far, for asserting retries. */
  refusedCount(): number;
  /** Refuse the next `count` messages after DATA with `code` (451: try again later; 550: permanent). */
  refuseNext(count: number, code?: number): void;
  /** Resolves once at least `count` messages were accepted. */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMessage[]>;
  clear(): void;
  stop(): Promise<void>;
}

function addresses(field: ParsedMail['to']): string[] {
  if (!field) return [];
  const list = Array.isArray(field) ? field : [field];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? '')).filter(Boolean);
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

export interface SmtpServerOptions {
  refuseNext?: number;
  refuseCode?: number;
  /** Listen there (e.g. to bring a server "back" at the address the app was given); default a free one. */
  port?: number;
  /** Called with each accepted message's bytes before it is acknowledged (e.g. to pipe it to a program, as an MTA does). */
  onMessage?: (raw: Buffer) => Promise<void>;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
  const messages: CapturedMessage[] = [];
  const waiters = new Set<() => void>();
  let refuse = options.refuseNext ?? 0;
  let refuseCode = options.refuseCode ?? 451;
  let refused = 0;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'test' }); // any credentials: the app may be configured with SMTP_USER/PASS
    },
    logger: false,
    banner: 'Early Adopters test SMTP server',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        if (refuse > 0) {
          refuse -= 1;
          refused += 1;
          const error = Object.assign(new Error('Test server refuses this message'), { responseCode: refuseCode });
          callback(error);
          return;
        }
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              },
              from: addresses(parsed.from)[0] ?? '',
              to: addresses(parsed.to),
              cc: addresses(parsed.cc),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              messageId: parsed.messageId,
              headers: new Map([...parsed.headers].map(([key, value]) => [key.toLowerCase(), headerText(value)])),
              raw: raw.toString('utf8'),
            });
            return options.onMessage?.(raw);
          })
          .then(() => {
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client hanging up mid-session is not a test failure
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refusedCount: () => refused,
    refuseNext(count, code = 451) {
      refuse = count;
      refuseCode = code;
    },
    waitForMessages(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          cleanup();
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Expected ${count} message(s) within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    clear() {
      messages.length = 0;
    },
    stop() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
