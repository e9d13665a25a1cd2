// Calls an /api/v1 route handler as Next does (a NextRequest, the route's params) with a real API token,
// and reads the JSON answer: the integration tests of the API's writes share it.
import { NextRequest } from 'next/server';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';
import { createUser, type CreateUserArgs } from '@/lib/seed/factories';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
  body: any;
}

export interface ApiCall<P> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  token: string;
  params?: P;
  body?: unknown;
  headers?: Record<string, string>;
  query?: string;
}

export async function callApi<P extends Record<string, string>>(handler: Handler<P>, call: ApiCall<P>): Promise<ApiAnswer> {
  const method = call.method ?? (call.body === undefined ? 'GET' : 'POST');
  const request = new NextRequest(`http://localhost/api/v1/x${call.query ?? ''}`, {
    method,
    headers: { authorization: `Bearer ${call.token}`, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }), ...call.headers },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const response = await handler(request, { params: Promise.resolve(call.params ?? ({} as P)) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A user in these groups and a fresh API token acting as them. */
export async function userWithToken(args: CreateUserArgs = {}): Promise<{ id: string; email: string; token: string }> {
  const user = await createUser(db, args);
  const { token } = await createApiToken({ id: user.id, label: user.email }, user.id, 'api test');
  return { id: user.id, email: user.email, token };
}
