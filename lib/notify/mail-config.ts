// Mail settings from the environment: SMTP_URL (smtp://user:pass@host:port or smtps://…), MAIL_FROM
// and MAIL_REPLY_TO. No SMTP_URL means "no server": messages wait in the outbox, readable in the app.
export const DEFAULT_MAIL_FROM = 'Staged Rollout <staged-rollout@localhost>';

export interface MailConfig {
  smtpUrl: string;
  /** host:port only, never the credentials: safe to show and log. */
  display: string;
  from: string;
  replyTo?: string;
}

export type MailConfigState = { configured: true; config: MailConfig } | { configured: false; reason: string };

type Env = Record<string, string | undefined>;

export function readMailConfig(env: Env = process.env): MailConfigState {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return { configured: false, reason: 'no SMTP server configured (set SMTP_URL)' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { configured: false, reason: 'SMTP_URL is not a valid URL (expected smtp://user:pass@host:port)' };
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return { configured: false, reason: `SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol}//)` };
  }
  if (!url.hostname) return { configured: false, reason: 'SMTP_URL has no host name' };
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '25');
  return {
    configured: true,
    config: {
      smtpUrl: raw,
      display: `${url.protocol}//${url.hostname}:${port}`,
      from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
      replyTo: env.MAIL_REPLY_TO?.trim() || undefined,
    },
  };
}

/** The domain of the sender address, for Message-IDs: "Name <a@b.org>" -> b.org. */
export function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? 'localhost';
}
