// The shared steps of the API's create/update/retire routes, so every write reads the same way:
// the body (a JSON object, its version taken from a matching If-Match when it names none), field errors
// under the names the API uses (the lib's `ngiCode` is the API's `ngi`), and 201 + Location on create.
import 'server-only';
import { NextResponse } from 'next/server';
import { ValidationError } from '@/lib/errors';
import { etagOf, requireIfMatch } from './etag';
import { readJsonBody } from './route-handler';

/**
 * The JSON body of a write on an existing entity. `current` loads the entity's GET body: a stale If-Match
 * is a 412, and a matching one stands for the version when the body sends none (as on the other routes).
 */
export async function readEntityWrite(request: Request, what: string, current: () => Promise<{ version: number }>): Promise<Record<string, unknown>> {
  const matched = await requireIfMatch(request, what, current);
  const body = await readBodyObject(request);
  return matched && body.version === undefined ? { ...body, version: matched.version } : body;
}

/** The JSON body, which must be an object (an array or a bare value is a 400). */
export async function readBodyObject(request: Request): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ValidationError('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** Runs a lib call, renaming the field errors it reports from the lib's names to the API's. */
export async function withApiFieldNames<T>(names: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([key, messages]) => [names[key] ?? key, messages]));
    throw new ValidationError(error.message, fieldErrors);
  }
}

/** 201 Created with the new entity's JSON, its API address in Location and its ETag. */
export function createdAt(location: string, body: unknown): Response {
  return NextResponse.json(body, { status: 201, headers: { Location: location, ETag: etagOf(body) } });
}
