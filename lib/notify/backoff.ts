// Retry policy of the outbox: exponential backoff, a cap, and which SMTP answers are worth retrying.
export const DEFAULT_MAX_ATTEMPTS = 8;
const BASE_MS = 30_000;
const CAP_MS = 3_600_000;

export function maxAttempts(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.OUTBOX_MAX_ATTEMPTS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_ATTEMPTS;
}

/** Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** A 5xx SMTP reply (bad recipient, message refused for good) will not get better by retrying. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function describeError(error: unknown): string {
  const base = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' && !base.includes(code) ? `${code}: ${base}` : base;
  return text.replace(/\s+/g, ' ').slice(0, 1000);
}
