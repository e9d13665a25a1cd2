'use client';

import { signIn } from 'next-auth/react';

export function OidcSignInButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => signIn('oidc', { callbackUrl })}
      className="mt-3 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
    >
      Sign in with {label}
    </button>
  );
}
