// Fixed-window rate limiting in PostgreSQL: one counter row per (key, window) in the RateLimit table,
// bumped with one INSERT … ON CONFLICT … RETURNING, so every app instance behind a load balancer
// counts against the same limit. Old windows are swept now and then by the same calls.
import { db } from '@/lib/db/client';

export interface RateLimitRule {
  /** Requests allowed per window; 0 or less turns the rule off. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the current window ends (what Retry-After says). */
  retryAfterSeconds: number;
}

/** The window a moment falls in, and the seconds left in it. Pure. */
export function windowOf(now: Date, windowSeconds: number): { start: Date; secondsLeft: number } {
  const size = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / size) * size;
  return { start: new Date(start), secondsLeft: Math.max(1, Math.ceil((start + size - now.getTime()) / 1000)) };
}

const SWEEP_EVERY = 500; // about one call in this many deletes windows older than an hour
const KEY_MAX = 300;

/** Counts one request against `key` and says whether it is within the rule. */
export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitDecision> {
  const { start, secondsLeft } = windowOf(now, rule.windowSeconds);
  if (rule.limit <= 0) return { allowed: true, count: 0, limit: rule.limit, retryAfterSeconds: secondsLeft };
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key.slice(0, KEY_MAX)}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (Math.random() * SWEEP_EVERY < 1) void sweepOldWindows(now);
  return { allowed: count <= rule.limit, count, limit: rule.limit, retryAfterSeconds: secondsLeft };
}

export async function sweepOldWindows(now = new Date()): Promise<number> {
  try {
    return await db.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < ${new Date(now.getTime() - 3_600_000)}`;
  } catch {
    return 0; // the next sweep will do it
  }
}
