// Expected failures, each with the HTTP status it maps to. Anything else is unexpected: logged and
// replaced by a generic message (never a stack trace to the user).
export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, 400, 'invalid');
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first.') {
    super(message, 401, 'unauthenticated');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(message, 403, 'forbidden');
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(message, 404, 'not_found');
  }
}

/** A stale version or an illegal state transition: somebody else acted first. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409, 'conflict');
  }
}

/** A body or file over the size limit (413). */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413, 'too_large');
  }
}

/** ACCEPT on a rollout that is not ready: the unmet readiness rules travel with the refusal. */
export class NotReadyError extends AppError {
  constructor(
    message: string,
    readonly rules: readonly unknown[],
  ) {
    super(message, 409, 'not_ready');
  }
}

/** An HTTP If-Match that no longer matches: the entity changed since the client read it. */
export class PreconditionFailedError extends AppError {
  constructor(message: string) {
    super(message, 412, 'precondition_failed');
  }
}

export class RateLimitError extends AppError {
  constructor(message = 'Too many requests; try again in a minute.') {
    super(message, 429, 'rate_limited');
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's unique-constraint violation, for turning a race into a clean message. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
