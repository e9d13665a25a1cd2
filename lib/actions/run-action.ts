// The one pipeline of every server action (CONTRIBUTING "One way"): parse the form with zod, get the
// signed-in user, call the lib function (which authorizes against the rows it loads and writes change,
// side effects and audit in one transaction), expire the cache tags of the tables it changed (updateTag,
// learnt from the commit's change notifications: lib/cache/own-writes.ts) so the re-render shows the
// user's own write, revalidate the pages that show it, and answer a typed
// ActionResult; expected failures become messages, anything else a logged generic one (actionError).
// Like dub's action client chain (schema, then the signed-in context, then the body) without a builder:
// an action file stays a list of `export async function xAction(_prev, formData) { return runAction(formData, {...}) }`.
import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/principal';
import { tagsWrittenDuring } from '@/lib/cache/own-writes';
import { type ActionResult, actionError, formToObject, parseInput } from './action-result';

/** The input of a one-button form with no fields of its own ("Sync now", "Run checks now"). */
export const ZNoFields = z.object({});

type Paths = readonly (string | false | null | undefined)[];

export interface ActionSpec<I, R, D = undefined> {
  /** The form's fields as a zod schema, or a parser of the whole form (a schema plus a field read apart). */
  input: z.ZodType<I> | ((formData: FormData) => I);
  /** The body: call the lib function with the user (it checks the permission inside its transaction). */
  run: (user: CurrentUser, input: I, formData: FormData) => Promise<R>;
  /** The pages that show what changed (falsy entries are skipped). */
  revalidate?: Paths | ((input: I, result: R) => Paths);
  /** The success message; left out, the lib's own `result.message`. */
  message?: string | ((result: R, input: I) => string | undefined);
  /** Data the form needs back (a token shown once). */
  data?: (result: R, input: I) => D;
  /** A run that finished but did not succeed (a GOCDB sync with errors): its message, answered as
   *  `ok: false` after the pages were revalidated (the run is listed there); undefined means success. */
  failure?: (result: R, input: I) => string | undefined;
  /** After success, go to this page (redirect() works by throwing, so it runs after the error mapping). */
  redirectTo?: (result: R, input: I) => string;
}

function parseForm<I>(input: ActionSpec<I, unknown, unknown>['input'], formData: FormData): I {
  return typeof input === 'function' ? input(formData) : parseInput(input, formToObject(formData));
}

function messageOf<I, R, D>(spec: ActionSpec<I, R, D>, result: R, input: I): string | undefined {
  if (typeof spec.message === 'string') return spec.message;
  if (spec.message) return spec.message(result, input);
  const own = (result as { message?: unknown } | null | undefined)?.message;
  return typeof own === 'string' ? own : undefined;
}

/** Runs a server action's write and expires, with Next's updateTag(), the cache tags of every table its
 *  commit changed: the action's own re-render, and the user's next request, read the new data. */
export async function withOwnWrites<T>(write: () => Promise<T>): Promise<T> {
  const { result, tags } = await tagsWrittenDuring(write);
  for (const tag of tags) updateTag(tag);
  return result;
}

export async function runAction<I, R, D = undefined>(formData: FormData, spec: ActionSpec<I, R, D>): Promise<ActionResult<D>> {
  let done: { input: I; result: R };
  try {
    const input = parseForm(spec.input, formData);
    const user = await requireUser();
    const result = await withOwnWrites(() => spec.run(user, input, formData));
    const paths = typeof spec.revalidate === 'function' ? spec.revalidate(input, result) : (spec.revalidate ?? []);
    for (const path of paths) if (path) revalidatePath(path);
    done = { input, result };
  } catch (error) {
    return actionError(error);
  }
  const failure = spec.failure?.(done.result, done.input);
  if (failure) return { ok: false, message: failure };
  if (spec.redirectTo) redirect(spec.redirectTo(done.result, done.input));
  const message = messageOf(spec, done.result, done.input);
  return spec.data ? { ok: true, message, data: spec.data(done.result, done.input) } : { ok: true, message };
}
