// Case-insensitive text matching that means what it says. Prisma's `equals`/`contains`/`startsWith`
// with `mode: 'insensitive'` compile to ILIKE/LIKE and pass `%`, `_` and `\` through as wildcards
// (on Prisma 7.10, `equalsIgnoringCase('%')` matched every team). So a site named
// "CERN_PROD" would clash with "CERNXPROD", and the e-mail "al_ce@site.org" would match "alice@site.org".
// Every user-supplied value in such a filter goes through these helpers.

/** `text` as a LIKE pattern that matches only itself (backslash is PostgreSQL's default escape). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** `%text%` for ILIKE, with the user's `%`, `_` and `\` taken literally. */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** Prisma filter: equal to `text`, ignoring case. */
export function equalsIgnoringCase(text: string) {
  return { equals: likeLiteral(text), mode: 'insensitive' as const };
}

/** Prisma filter: contains `text`, ignoring case. */
export function containsIgnoringCase(text: string) {
  return { contains: likeLiteral(text), mode: 'insensitive' as const };
}

/** Prisma filter: starts with `text` (case-sensitive). */
export function startingWith(text: string) {
  return { startsWith: likeLiteral(text) };
}
