// The permission table: every permission, who holds it and over what scope. `authorize()` consults
// only this table; anything not listed is denied.
import type { Role } from './roles';

export const PERMISSIONS = [
  'team.create', // create an EA team (NGI, site)
  'team.edit', // rename/retire a team, change its site
  'team.members', // add/remove team members
  'team.contacts', // edit a team's e-mail contacts
  'team.commit', // add/remove a team's commitments
  'catalog.edit', // providers, stacks, components, platforms
  'group.manage', // in-app group memberships, stack managers
  'release.submit', // submit a release (sw-rel parent ticket)
  'release.verify', // move child tickets through verification
  'release.skipRollout', // emergency release straight to production, with justification
  'release.embargo', // mark a security release embargoed until a date (its submitter, or the coordinator)
  'release.liftEmbargo', // lift an embargo early, with a reason
  'rollout.assign', // assign a staged-rollout ticket to a manager
  'rollout.selectTeams', // invite EA teams, edit the notification template
  'rollout.callVolunteers', // mail the stack's list for volunteers
  'rollout.reply', // accept/reject an invitation, volunteer
  'rollout.participate', // beta flag, install notes, findings, exposure period
  'rollout.report', // upload the team's report
  'rollout.comment', // comment on a rollout ticket
  'rollout.resolve', // summary, outcome, resolve
  'rollout.override', // ACCEPT a rollout that is not ready, with a written reason
  'policy.edit', // the readiness policy of each release type
  'metrics.view',
  'audit.view', // browse the whole audit trail
  'outbox.view', // read every outgoing message
  'settings.edit', // coverage target, holidays
  'gocdb.sync', // run the GOCDB site-registry sync, read its runs
  'token.manage', // own API tokens
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** any: everything; ownTeam: the teams the user belongs to; ownStack: the stacks the user manages; self: own records. */
export type Scope = 'any' | 'ownTeam' | 'ownStack' | 'self';

type Grants = Partial<Record<Permission, Scope>>;

const SIGNED_IN: Grants = { 'metrics.view': 'any', 'token.manage': 'self' };

export const ROLE_PERMISSIONS: Record<Role, Grants> = {
  admin: {
    ...SIGNED_IN,
    'team.create': 'any',
    'team.edit': 'any',
    'team.members': 'any',
    'team.contacts': 'any',
    'team.commit': 'any',
    'catalog.edit': 'any',
    'group.manage': 'any',
    'audit.view': 'any',
    'outbox.view': 'any',
    'settings.edit': 'any',
    'rollout.comment': 'any',
    'gocdb.sync': 'any',
  },
  coordinator: {
    ...SIGNED_IN,
    'release.submit': 'any',
    'release.verify': 'any',
    'release.skipRollout': 'any',
    'release.embargo': 'any',
    'release.liftEmbargo': 'any',
    'rollout.assign': 'any',
    'rollout.selectTeams': 'any',
    'rollout.callVolunteers': 'any',
    'rollout.comment': 'any',
    'rollout.resolve': 'any',
    'rollout.override': 'any',
    'policy.edit': 'any',
    'settings.edit': 'any',
  },
  manager: {
    ...SIGNED_IN,
    'rollout.selectTeams': 'ownStack',
    'rollout.callVolunteers': 'ownStack',
    'rollout.comment': 'ownStack',
    'rollout.resolve': 'ownStack',
  },
  teamMember: {
    ...SIGNED_IN,
    'team.contacts': 'ownTeam',
    'team.commit': 'ownTeam',
    'rollout.reply': 'ownTeam',
    'rollout.participate': 'ownTeam',
    'rollout.report': 'ownTeam',
    'rollout.comment': 'ownTeam',
  },
  listMember: { ...SIGNED_IN },
  provider: { ...SIGNED_IN, 'release.submit': 'any', 'release.embargo': 'self' },
  verifier: { ...SIGNED_IN, 'release.verify': 'any', 'rollout.comment': 'any' },
};
