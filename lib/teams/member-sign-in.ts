// Whether a team member has ever signed in, for the team page's members list (pure). Any sign-in
// counts: through the identity provider (which also records the subject) or the demo sign-in (which
// records only the time); a member with neither is waiting to be matched by e-mail at first sign-in.
export function hasSignedIn(user: { oidcSubject: string | null; lastLoginAt: Date | null }): boolean {
  return user.oidcSubject !== null || user.lastLoginAt !== null;
}
