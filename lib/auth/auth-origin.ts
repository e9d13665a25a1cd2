// Where next-auth thinks the app lives. With NEXTAUTH_URL set, there. Without it, next-auth 4 falls back
// to http://localhost:3000 unless told to trust the request's Host (AUTH_TRUST_HOST), which broke sign-in
// on any other host or port; the README promises "the request's host", so that is what it gets. The
// Host header only shapes the answer to the very request that sent it (redirects back to the sender).
export function trustRequestHostUnlessConfigured(env: Record<string, string | undefined> = process.env): void {
  if (!env.NEXTAUTH_URL?.trim()) env.AUTH_TRUST_HOST ??= '1';
}
