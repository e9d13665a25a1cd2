// Who is asking: from the session cookie (pages, server actions) or an API token (JSON API).
import 'server-only';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { UnauthenticatedError } from '@/lib/errors';
import { type CurrentUser, loadPrincipal } from './principal';
import { sessionUserId } from './session-user';

export type { CurrentUser };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Who is asking is known only at request time, and the session check reads the clock (the token's expiry):
  // everything that depends on the user renders at request time, never in a prerender or a prefetch.
  await connection();
  const userId = await sessionUserId(await cookies());
  return userId ? loadPrincipal(userId) : null;
});

/** For server actions: a signed-in user or an UnauthenticatedError. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** For pages: a signed-in user or a redirect to the sign-in page. */
export async function requirePageUser(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** The signed-in viewer's time zone (UTC when nobody is signed in): every time a page shows is in it, labelled. */
export async function viewerTimeZone(): Promise<string> {
  return (await getCurrentUser())?.timeZone || 'UTC';
}
