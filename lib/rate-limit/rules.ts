// The app's rate-limit rules, overridable by environment (0 turns a rule off):
//   RATE_LIMIT_SIGNIN_PER_MINUTE         sign-in attempts per account, from any address (default 10)
//   RATE_LIMIT_SIGNIN_PER_IP_PER_MINUTE  sign-in attempts per client address, for any account (default 20)
//   RATE_LIMIT_TOKEN_PER_MINUTE   API requests per personal API token (default 600)
import type { RateLimitRule } from './fixed-window';

function perMinute(raw: string | undefined, fallback: number): RateLimitRule {
  const parsed = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return { limit: Number.isFinite(parsed) ? Math.floor(parsed) : fallback, windowSeconds: 60 };
}

export function signInRule(env: Record<string, string | undefined> = process.env): RateLimitRule {
  return perMinute(env.RATE_LIMIT_SIGNIN_PER_MINUTE, 10);
}

export function signInPerIpRule(env: Record<string, string | undefined> = process.env): RateLimitRule {
  return perMinute(env.RATE_LIMIT_SIGNIN_PER_IP_PER_MINUTE, 20);
}

export function tokenRule(env: Record<string, string | undefined> = process.env): RateLimitRule {
  return perMinute(env.RATE_LIMIT_TOKEN_PER_MINUTE, 600);
}
