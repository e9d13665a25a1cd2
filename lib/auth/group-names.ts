// The SSO-style group names of the reference document (section 2.3 "Tools"), in one place.
export const ADMINS_GROUP = 'early-adopters-admins';
export const MANAGERS_GROUP = 'staged-rollout';
export const COORDINATORS_GROUP = 'sw-rel-sr';
/** Technology Providers submitting releases (external to the document's SSO; named here). */
export const PROVIDERS_GROUP = 'technology-providers';
/** SA2 verifiers moving child tickets through verification. */
export const VERIFIERS_GROUP = 'sw-rel-verifiers';

export const TEAM_GROUP_PREFIX = 'ea-';
export const STACK_LIST_PREFIX = 'early-adopters-';

/** Stacks that have an `early-adopters-<stack>` mailing list and managers. */
export const STACK_SLUGS = ['arc', 'glite', 'unicore', 'globus', 'opstools', 'ca'] as const;
export type StackSlug = (typeof STACK_SLUGS)[number];

export function teamName(ngiCode: string, siteName: string): string {
  return `${TEAM_GROUP_PREFIX}${ngiCode}-${siteName}`;
}

export function stackListGroup(stackSlug: string): string {
  return `${STACK_LIST_PREFIX}${stackSlug}`;
}

export function stackListAddress(stackSlug: string, domain = process.env.MAILING_LIST_DOMAIN ?? 'mailman.egi.eu'): string {
  return `${stackListGroup(stackSlug)}@${domain}`;
}
