// HTTP concurrency the standard way: a GET of a rollout, release, release item or team carries an ETag
// (a hash of exactly the JSON it answers, so it changes whenever anything shown changes), and a write
// sent with If-Match is refused with 412 when the entity's current representation has another ETag.
// If-Match is checked before the write; a version field in the body is still checked atomically with
// it (409): when both are sent both must hold, and If-Match is looked at first.
import { createHash } from 'node:crypto';
import { NextResponse } from 'next/server';
import { PreconditionFailedError } from '@/lib/errors';

export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** The entity tags of an If-Match / If-None-Match header (`*` is kept as is; weak tags never match strongly). */
function tagsOf(header: string): string[] {
  return header.split(',').map((tag) => tag.trim()).filter(Boolean);
}

/** The JSON answer of a GET with its ETag; 304 when the client's If-None-Match already names it. */
export function jsonWithEtag(request: Request, body: unknown): Response {
  const etag = etagOf(body);
  const cached = request.headers.get('if-none-match');
  if (cached && tagsOf(cached).some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag)) {
    return new NextResponse(null, { status: 304, headers: { ETag: etag } });
  }
  return NextResponse.json(body, { headers: { ETag: etag } });
}

/**
 * Refuses the write (412) when If-Match is sent and names no ETag of `current()` (the entity's GET body).
 * Returns that body when it matched (a route may take the version it shows), else null.
 */
export async function requireIfMatch<T>(request: Request, what: string, current: () => Promise<T>): Promise<T | null> {
  const header = request.headers.get('if-match');
  if (!header) return null;
  const tags = tagsOf(header);
  if (tags.includes('*')) return null; // any current version: the write itself answers 404 if there is none
  const body = await current();
  const etag = etagOf(body);
  if (!tags.includes(etag)) {
    throw new PreconditionFailedError(`${what} changed since you read it (If-Match ${header}, now ${etag}); GET it again and retry.`);
  }
  return body;
}
