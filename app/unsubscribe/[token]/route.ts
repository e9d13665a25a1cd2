// One-click unsubscribe, no sign-in: GET shows what the link stops and a confirmation button (mail
// scanners that pre-fetch links must not unsubscribe anyone); POST removes the subscription — from
// that button, or straight from the mail client (RFC 8058, body "List-Unsubscribe=One-Click").
import { describeUnsubscribeToken, unsubscribeByToken } from '@/lib/notify/subscriptions';
import { confirmPage, donePage, unknownPage } from '@/lib/notify/unsubscribe-page';


type Context = { params: Promise<{ token: string }> };

function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function validToken(token: string): boolean {
  return token.length > 0 && token.length <= 200 && /^[A-Za-z0-9._-]+$/.test(token);
}

export async function GET(_request: Request, context: Context): Promise<Response> {
  const { token } = await context.params;
  if (!validToken(token)) return html(unknownPage(), 404);
  const target = await describeUnsubscribeToken(token);
  if (!target) return html(unknownPage(), 404);
  return html(confirmPage(`/unsubscribe/${encodeURIComponent(token)}`, target.email, target.description, target.count));
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { token } = await context.params;
  if (!validToken(token)) return html(unknownPage(), 404);
  const body = (await request.text().catch(() => '')).slice(0, 1000);
  const { removed } = await unsubscribeByToken(token);
  if (/List-Unsubscribe=One-Click/i.test(body)) {
    // A mail client acting for the user: a plain answer is all it needs.
    return new Response(removed ? 'Unsubscribed.\n' : 'Nothing to unsubscribe.\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return html(donePage(removed));
}
