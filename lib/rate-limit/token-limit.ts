// Rate limit on personal API token use: at most RATE_LIMIT_TOKEN_PER_MINUTE requests per token,
// across app instances. Keyed by part of the token's SHA-256 (never the token itself).
import { hashToken } from '@/lib/auth/api-tokens';
import { hitRateLimit } from './fixed-window';
import { RateLimitedError } from './rate-limited-error';
import { tokenRule } from './rules';

/** Throws RateLimitedError (429 + Retry-After) when this token is over its limit. */
export async function limitTokenUse(token: string): Promise<void> {
  const rule = tokenRule();
  if (rule.limit <= 0) return;
  let decision;
  try {
    decision = await hitRateLimit(`token:${hashToken(token).slice(0, 32)}`, rule);
  } catch (error) {
    // Fail open, as for sign-in: the request itself will fail if the database is really gone.
    console.warn('[rate-limit] token limit unavailable:', (error as Error).message);
    return;
  }
  if (!decision.allowed) {
    throw new RateLimitedError(
      `Rate limit of ${rule.limit} requests per minute for this API token exceeded; retry in ${decision.retryAfterSeconds} s.`,
      decision.retryAfterSeconds,
    );
  }
}
