// A 429 that knows when to come back: route-handler.ts turns it into a JSON reason + Retry-After.
import { RateLimitError } from '@/lib/errors';

export class RateLimitedError extends RateLimitError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof RateLimitedError ? error.retryAfterSeconds : undefined;
}
