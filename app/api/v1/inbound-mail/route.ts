// POST /api/v1/inbound-mail: the mail system hands over a team's reply (raw RFC 822, or JSON
// { from, subject, text, inReplyTo?, references? }) with the shared secret in X-Inbound-Mail-Secret.
// Without INBOUND_MAIL_SECRET configured the endpoint is off (503 with the reason).
import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/route-handler';
import { handleInboundMail } from '@/lib/rollout/inbound-mail';
import { INBOUND_SECRET_HEADER, MAX_INBOUND_BYTES, readInboundMail, secretMatches } from '@/lib/rollout/inbound-request';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export async function POST(request: NextRequest): Promise<Response> {
  const secret = process.env.INBOUND_MAIL_SECRET?.trim();
  if (!secret) {
    return NextResponse.json({ error: 'disabled', message: 'Inbound mail is not configured on this server: set INBOUND_MAIL_SECRET.' }, { status: 503 });
  }
  if (!secretMatches(request.headers.get(INBOUND_SECRET_HEADER), secret)) {
    return NextResponse.json({ error: 'unauthenticated', message: `Missing or wrong ${INBOUND_SECRET_HEADER} header.` }, { status: 401 });
  }
  try {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_INBOUND_BYTES) {
      return NextResponse.json({ error: 'invalid', message: `The message is larger than ${MAX_INBOUND_BYTES} bytes.` }, { status: 413 });
    }
    const mail = await readInboundMail(request.headers.get('content-type') ?? '', new Uint8Array(await request.arrayBuffer()));
    const result = await handleInboundMail(mail);
    return NextResponse.json({ ok: true, ...result });
  } catch (error) {
    return errorResponse(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
