// The one result shape of every server action, and the mapping from errors to it: expected
// failures become messages for the user; anything else is logged and replaced by a generic message.
import type { z } from 'zod';
import { type FieldErrors, isAppError, ValidationError } from '@/lib/errors';
import { databaseInputProblem } from '@/lib/http/database-input-error';
import { safeParseUntrusted } from '@/lib/validation/safe-parse';

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: boolean };

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = safeParseUntrusted(schema, input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError('Please correct the highlighted fields.', fieldErrors);
}

/** FormData to a plain object; repeated keys become arrays. Built through a Map and Object.fromEntries so
 *  that field names like `__proto__`, `toString` or `constructor` become own data properties: assigning
 *  `out[key]` would read the inherited value as an earlier one, and `__proto__` would set the prototype. */
export function formToObject(form: FormData): Record<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const existing = values.get(key);
    if (existing === undefined) values.set(key, value);
    else values.set(key, Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(values);
}

export function actionError(error: unknown): ActionResult<never> {
  if (isAppError(error)) {
    return {
      ok: false,
      message: error.message,
      fieldErrors: error instanceof ValidationError ? error.fieldErrors : undefined,
      conflict: error.status === 409 || undefined,
    };
  }
  // next/navigation's redirect() and notFound() work by throwing: let them through.
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))) {
    throw error;
  }
  const refused = databaseInputProblem(error);
  if (refused) return { ok: false, message: refused };
  console.error('[action] unexpected error', error);
  return { ok: false, message: 'Something went wrong on our side; nothing was saved. Please try again.' };
}
