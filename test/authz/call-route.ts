// Calls a route handler the way Next does, with or without a Bearer token, and counts the rows a
// forbidden request must not have touched.
import { NextRequest } from 'next/server';
import { createApiToken } from '@/lib/auth/api-tokens';
import { db } from '@/lib/db/client';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export function callRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  path: string,
  opts: { token?: string; params?: P; body?: unknown; method?: string } = {},
): Promise<Response> {
  const isForm = opts.body instanceof FormData;
  const method = opts.method ?? (opts.body === undefined ? 'GET' : 'POST');
  return handler(
    new NextRequest(`http://localhost${path}`, {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      },
      body: opts.body === undefined ? undefined : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? ({} as P)) },
  );
}

export async function tokenOf(user: { id: string; email: string }): Promise<string> {
  return (await createApiToken({ id: user.id, label: user.email }, user.id, 'authz test')).token;
}

/** A fingerprint of everything a forbidden call could have written. */
export async function writeCounts() {
  const [audit, outbox, participations, reports, findings, comments, documents, teams, contacts, commitments] = await Promise.all([
    db.auditEvent.count(),
    db.outboxMessage.count(),
    db.participation.count(),
    db.report.count(),
    db.finding.count(),
    db.comment.count(),
    db.document.count(),
    db.team.count(),
    db.teamContact.count(),
    db.commitment.count(),
  ]);
  return { audit, outbox, participations, reports, findings, comments, documents, teams, contacts, commitments };
}
