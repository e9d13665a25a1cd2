// decodeURIComponent that never throws: a path segment with a stray "%" (already decoded once by
// the router, or simply malformed) is used as it is instead of turning into a 500.
export function safeDecodeURIComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
