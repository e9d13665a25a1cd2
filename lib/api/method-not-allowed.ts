// JSON answers for what no route under /api/v1 handles: a method a route does not implement (405 with
// Allow, instead of Next's empty 405) and a path no route matches (404, instead of the HTML page).
// A route file lists the methods it does not implement:
//   export const { PUT, PATCH, DELETE } = methodNotAllowed('GET', 'POST');
import { NextResponse } from 'next/server';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];
type Refusal = () => Promise<Response>;

/** The Allow header for a route implementing `methods` (Next adds HEAD to GET, and OPTIONS to all). */
export function allowHeader(methods: readonly Method[]): string {
  return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
}

const refusals = new WeakSet<object>();

/** Whether a route's export is one of these refusals (for the test that checks every route). */
export function isMethodRefusal(handler: unknown): boolean {
  return typeof handler === 'function' && refusals.has(handler);
}

export function methodNotAllowed(...allowed: Method[]): Record<Method, Refusal> {
  const allow = allowHeader(allowed);
  const refuse: Refusal = async () =>
    NextResponse.json({ error: 'method_not_allowed', message: `This endpoint accepts ${allow}.` }, { status: 405, headers: { Allow: allow } });
  refusals.add(refuse);
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, Refusal>;
}

export async function unknownApiPath(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return NextResponse.json(
    { error: 'not_found', message: `No endpoint ${path}; the API is described at /api/v1/openapi.json and in the README.` },
    { status: 404 },
  );
}
