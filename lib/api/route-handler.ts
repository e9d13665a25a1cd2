// Wraps every JSON API route: authenticates (Bearer token or session cookie), maps expected errors to
// 4xx JSON with a reason, and never lets an unexpected error out as anything but a logged 500.
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { NextResponse, type NextRequest } from 'next/server';
import { resolveApiToken } from '@/lib/auth/api-tokens';
import { type CurrentUser, loadPrincipal } from '@/lib/auth/principal';
import { sessionUserId } from '@/lib/auth/session-user';
import { isAppError, NotReadyError, UnauthenticatedError, ValidationError } from '@/lib/errors';
import { databaseInputProblem } from '@/lib/http/database-input-error';
import { retryAfterOf } from '@/lib/rate-limit/rate-limited-error';
import { limitTokenUse } from '@/lib/rate-limit/token-limit';

export async function authenticateRequest(request: Request): Promise<CurrentUser | null> {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('Malformed Authorization header: expected "Bearer <token>".');
    const resolved = await resolveApiToken(match[1]!);
    if (!resolved) throw new UnauthenticatedError('Invalid, expired or revoked API token.');
    await limitTokenUse(match[1]!);
    const user = await loadPrincipal(resolved.userId);
    return user ? { ...user, tokenPrefix: resolved.prefix } : null;
  }
  // The session cookie of this very request (not the ambient request scope): works the same in
  // route handlers and when a handler is called directly.
  const userId = await sessionUserId((request as Partial<NextRequest>).cookies);
  return userId ? loadPrincipal(userId) : null;
}

export function errorResponse(error: unknown): NextResponse {
  // Next's own control flow (a prerender that must stop at request data, redirects) is not an error here.
  unstable_rethrow(error);
  if (isAppError(error)) {
    return NextResponse.json(
      {
        error: error.code,
        message: error.message,
        ...(error instanceof ValidationError && Object.keys(error.fieldErrors).length ? { fieldErrors: error.fieldErrors } : {}),
        ...(error instanceof NotReadyError ? { rules: error.rules } : {}),
      },
      { status: error.status, headers: retryAfterOf(error) ? { 'Retry-After': String(retryAfterOf(error)) } : undefined },
    );
  }
  const refused = databaseInputProblem(error);
  if (refused) return NextResponse.json({ error: 'invalid', message: refused }, { status: 400 });
  console.error('[api] unexpected error', error);
  return NextResponse.json({ error: 'internal', message: 'Internal error; nothing was changed.' }, { status: 500 });
}

type Params = Record<string, string | string[] | undefined>;
type Handler<P extends Params> = (request: NextRequest, context: { user: CurrentUser; params: P }) => Promise<Response | unknown>;

/** A route that needs a signed-in user (session or token). Plain values are returned as JSON. */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await authenticateRequest(request);
      if (!user) throw new UnauthenticatedError('Authentication required: send "Authorization: Bearer <token>" or sign in.');
      const result = await handler(request, { user, params: await context.params });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads and size-checks a JSON body; malformed JSON is a 400, not a 500. */
export async function readJsonBody(request: Request, maxBytes = 1_000_000): Promise<unknown> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    // The client hung up mid-body (ECONNRESET "aborted"): its request, not our error.
    throw new ValidationError('The request body could not be read (the connection was closed).');
  }
  if (text.length > maxBytes) throw new ValidationError(`Request body too large (limit ${maxBytes} bytes).`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('Request body is not valid JSON.');
  }
}
