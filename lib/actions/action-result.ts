// The one result shape of every server action, and the mapping from errors to it: expected
// failures become messages for the user; anything else is logged and replaced by a generic message.
import type { z } from 'zod';
import { type FieldErrors, isAppError, ValidationError } from '@/lib/errors';
import { databaseInputProblem } from '@/lib/http/database-input-error';

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: boolean };

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError('Please correct the highlighted fields.', fieldErrors);
}

/** FormData to a plain object; repeated keys become arrays. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
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
