import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isDemoSignInEnabled } from '@/lib/auth/demo-mode';
import { checkOidcProvider } from '@/lib/auth/check-oidc-provider';
import { listDemoUsers } from '@/lib/auth/list-demo-users';
import { DemoUserList } from '@/components/auth/demo-user-list';
import { OidcSignInButton } from '@/components/auth/oidc-sign-in-button';

export const metadata: Metadata = { title: 'Sign in' };

const ERROR_MESSAGES: Record<string, string> = {
  NoEmail: 'The identity provider did not release your e-mail address; the app needs it to identify you.',
  OAuthSignin: 'Could not start the sign-in with the identity provider (check its URL and client settings).',
  OAuthCallback: 'The identity provider answered with an error; try again or ask an administrator.',
  Callback: 'Sign-in failed while processing the identity provider’s answer.',
  CredentialsSignin: 'No demo user with that e-mail.',
  AccessDenied: 'Access denied.',
  RateLimited: 'Too many sign-in attempts from here for this account; wait a minute and try again.',
};

function safeCallback(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [oidc, demoUsers] = await Promise.all([
    checkOidcProvider(),
    isDemoSignInEnabled() ? listDemoUsers() : Promise.resolve(null),
  ]);
  const error = params.error ? (ERROR_MESSAGES[params.error] ?? `Sign-in failed (${params.error}).`) : null;

  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold text-brand-900">Early Adopters · Staged Rollout</h1>
      <p className="mt-1 text-slate-600">Sign in to manage EA teams, commitments and staged rollouts.</p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <section aria-labelledby="idp" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="idp" className="font-medium">Identity provider</h2>
        {oidc.status === 'ok' && <OidcSignInButton label={oidc.label} callbackUrl={callbackUrl} />}
        {oidc.status === 'absent' && (
          <p className="mt-2 text-sm text-slate-600">
            No identity provider is configured (set <code>OIDC_ISSUER</code>, <code>OIDC_CLIENT_ID</code> and{' '}
            <code>OIDC_CLIENT_SECRET</code>).
          </p>
        )}
        {(oidc.status === 'invalid' || oidc.status === 'unreachable') && (
          <div role="alert" className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <p className="font-medium">The identity provider is misconfigured:</p>
            <ul className="mt-1 list-disc pl-5">
              {oidc.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {demoUsers && <DemoUserList users={demoUsers} callbackUrl={callbackUrl} />}
    </main>
  );
}
