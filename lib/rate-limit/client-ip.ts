// The client address a request came from, for rate-limit keys. The Next.js server (`npm start`) fills X-Forwarded-For
// with the socket's address when the request has none; a reverse proxy (nginx's
// $proxy_add_x_forwarded_for, HAProxy's forwardfor) appends the address it saw. The last entry is
// therefore the one a party we trust wrote; earlier entries can be forged by the client. Pure.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return (last || headers.get('x-real-ip')?.trim() || 'unknown').slice(0, 64);
}
