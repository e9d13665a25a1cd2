// The userinfo claims of a fresh access token. EGI Check-in releases entitlements there rather than
// in the ID token, so group claims are merged from both.
const discoveryCache = new Map<string, Promise<string | null>>();

function userinfoEndpoint(issuer: string): Promise<string | null> {
  let cached = discoveryCache.get(issuer);
  if (!cached) {
    cached = fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) })
      .then(async (response) => (response.ok ? ((await response.json()) as { userinfo_endpoint?: string }).userinfo_endpoint ?? null : null))
      .catch(() => null);
    discoveryCache.set(issuer, cached);
    // A failed discovery is retried at the next sign-in.
    void cached.then((endpoint) => endpoint ?? discoveryCache.delete(issuer));
  }
  return cached;
}

export async function fetchUserinfo(issuer: string, accessToken: string | undefined): Promise<Record<string, unknown>> {
  if (!accessToken) return {};
  const endpoint = await userinfoEndpoint(issuer);
  if (!endpoint) return {};
  try {
    const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(5000) });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
