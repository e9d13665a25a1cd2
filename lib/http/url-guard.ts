// Checks a request's raw address before Next.js sees it. Next answers a malformed percent escape in a
// path segment with a bare 500 (before any route, proxy or error page runs), and a NUL or control
// character that reaches a route ends as a database error. No page or route has a use for either, so
// they are refused here, in one place, with a reason: malformed escapes, NUL and control characters
// (anywhere in the path or the query), and segments or queries longer than any real address. Pure.

/** A path that matches no route (so Next renders app/not-found.tsx) and that proxy.ts lets through. */
export const INVALID_URL_PATH = '/_invalid-url';

export const MAX_SEGMENT_CHARS = 1024;
export const MAX_QUERY_CHARS = 8192;

// C0 controls and DEL, also as they come out of a decoded escape (%00, %0A, %7F). C1 controls are
// left alone: U+0080-U+009F are rare but valid text.
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Why the raw request target (path and query, as on the request line) cannot be served, or null. */
export function malformedUrlReason(rawUrl: string): string | null {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rawUrl.slice(queryAt + 1);
  if (CONTROL.test(rawUrl)) return 'The address contains a control character.';
  for (const segment of path.split('/')) {
    if (segment.length > MAX_SEGMENT_CHARS) return `A part of the address is longer than ${MAX_SEGMENT_CHARS} characters.`;
    const decoded = decodes(segment);
    if (decoded === null) return 'The address contains a malformed percent escape (a "%" not followed by two hex digits of valid UTF-8).';
    if (CONTROL.test(decoded)) return 'The address contains a control character.';
  }
  if (query.length > MAX_QUERY_CHARS) return `The query string is longer than ${MAX_QUERY_CHARS} characters.`;
  for (const pair of query.split('&')) {
    const decoded = decodes(pair.replace(/\+/g, ' '));
    if (decoded === null) return 'The query string contains a malformed percent escape (a "%" not followed by two hex digits of valid UTF-8).';
    if (CONTROL.test(decoded)) return 'The query string contains a control character.';
  }
  return null;
}
