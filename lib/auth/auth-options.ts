// next-auth configuration: the generic OIDC provider (when configured) and the demo sign-in (when
// enabled). Sessions are JWTs carrying only our user id; everything else is read from the database
// per request, so a group change applies at once.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { authSecret } from './auth-secret';
import { extractGroupNames } from './claims';
import { fetchUserinfo } from './fetch-userinfo';
import { isDemoSignInEnabled } from './demo-mode';
import { readOidcConfig } from './oidc-config';
import { syncIdpUser } from './sync-idp-user';

function decodeJwtPayload(jwt: string | undefined): Record<string, unknown> {
  if (!jwt) return {};
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

export function buildAuthOptions(): NextAuthOptions {
  const oidc = readOidcConfig();
  const providers: NextAuthOptions['providers'] = [];
  if (oidc.status === 'ok') {
    const { config } = oidc;
    providers.push({
      id: 'oidc',
      name: config.label,
      type: 'oauth',
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: config.scopes } },
      // Identity from the validated ID token; group claims are merged with the userinfo endpoint's
      // in the jwt callback (EGI Check-in releases entitlements only there).
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: Record<string, unknown>) {
        return {
          id: String(profile.sub),
          email: typeof profile.email === 'string' ? profile.email : null,
          name: String(profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub),
        };
      },
    });
  }
  if (isDemoSignInEnabled()) {
    providers.push(
      CredentialsProvider({
        id: 'demo',
        name: 'Demo user',
        credentials: { email: { label: 'E-mail', type: 'email' } },
        async authorize(credentials) {
          const email = credentials?.email?.trim().toLowerCase();
          if (!email || !isDemoSignInEnabled()) return null;
          const user = await db.user.findUnique({ where: { email } });
          if (!user) return null;
          await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    );
  }

  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin' },
    providers,
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider === 'oidc') {
          const email = (profile as { email?: unknown } | undefined)?.email ?? user.email;
          if (typeof email !== 'string' || !email.includes('@')) return '/signin?error=NoEmail';
        }
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === 'oidc' && oidc.status === 'ok') {
          const idClaims = { ...decodeJwtPayload(account.id_token), ...(profile as Record<string, unknown>) };
          const userinfo = await fetchUserinfo(oidc.config.issuer, account.access_token);
          const claims = { ...userinfo, ...idClaims };
          const fromIdToken = extractGroupNames(idClaims, oidc.config.groupsClaim);
          const fromUserinfo = extractGroupNames(userinfo, oidc.config.groupsClaim);
          const { userId } = await syncIdpUser({
            subject: String(claims.sub ?? user.id),
            email: String(claims.email ?? user.email),
            name: String(claims.name ?? user.name ?? ''),
            groupNames: [...new Set([...fromIdToken, ...fromUserinfo])],
          });
          token.uid = userId;
        } else if (account && user) {
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) (session.user as { id?: string }).id = token.uid as string | undefined;
        return session;
      },
    },
  };
}
