// The demo staff: admin, coordinators, managers (with their stacks), a Technology Provider and a verifier.
// Team members are generated per team (member@<team>.demo.local); see ../world.ts.
import {
  ADMINS_GROUP,
  COORDINATORS_GROUP,
  MANAGERS_GROUP,
  PROVIDERS_GROUP,
  VERIFIERS_GROUP,
} from '@/lib/auth/group-names';
import type { GroupKind } from '@/lib/generated/prisma/enums';

export interface StaffSeed {
  email: string;
  name: string;
  groups: string[];
  /** Stack slugs this Staged Rollout Manager manages. */
  manages?: string[];
  timeZone: string;
}

export const ADMIN_EMAIL = 'admin@demo.local';
export const COORDINATOR_EMAIL = 'coordinator@demo.local';
export const COORDINATOR2_EMAIL = 'coordinator2@demo.local';
export const PROVIDER_EMAIL = 'provider@demo.local';
export const VERIFIER_EMAIL = 'verifier@demo.local';

export const STAFF: StaffSeed[] = [
  { email: ADMIN_EMAIL, name: 'Helena Andrade (EA admin)', groups: [ADMINS_GROUP], timeZone: 'Europe/Lisbon' },
  { email: COORDINATOR_EMAIL, name: 'Martin Horák (SR coordinator)', groups: [COORDINATORS_GROUP], timeZone: 'Europe/Prague' },
  { email: COORDINATOR2_EMAIL, name: 'Irene Lindqvist (SR coordinator)', groups: [COORDINATORS_GROUP], timeZone: 'Europe/Amsterdam' },
  { email: 'manager-arc@demo.local', name: 'Erik Sundberg (ARC manager)', groups: [MANAGERS_GROUP], manages: ['arc'], timeZone: 'Europe/Ljubljana' },
  { email: 'manager-glite@demo.local', name: 'Rosa Vidal (gLite manager)', groups: [MANAGERS_GROUP], manages: ['glite'], timeZone: 'Europe/Lisbon' },
  { email: 'manager-unicore@demo.local', name: 'Stefan Brandt (UNICORE manager)', groups: [MANAGERS_GROUP], manages: ['unicore'], timeZone: 'Europe/Berlin' },
  { email: 'manager-globus@demo.local', name: 'Klaus Weber (Globus manager)', groups: [MANAGERS_GROUP], manages: ['globus'], timeZone: 'Europe/Berlin' },
  {
    email: 'manager-opstools@demo.local',
    name: 'Vera Marković (Ops tools manager)',
    groups: [MANAGERS_GROUP],
    manages: ['opstools', 'ca'],
    timeZone: 'Europe/Zagreb',
  },
  { email: PROVIDER_EMAIL, name: 'Paul Leclerc (EMI release manager)', groups: [PROVIDERS_GROUP], timeZone: 'Europe/Zurich' },
  { email: VERIFIER_EMAIL, name: 'Tiago Rocha (SA2 verifier)', groups: [VERIFIERS_GROUP], timeZone: 'Europe/Lisbon' },
];

/** The manager who owns the rollouts of a stack. */
export function managerOf(stackSlug: string): string {
  const manager = STAFF.find((person) => person.manages?.includes(stackSlug));
  if (!manager) throw new Error(`No Staged Rollout Manager for stack ${stackSlug}`);
  return manager.email;
}

export interface FixedGroupSeed {
  name: string;
  kind: GroupKind;
  description: string;
}

export const FIXED_GROUPS: FixedGroupSeed[] = [
  { name: ADMINS_GROUP, kind: 'ADMINS', description: 'Early Adopters admins: manage teams, membership and the component catalogue' },
  { name: MANAGERS_GROUP, kind: 'MANAGERS', description: 'Staged Rollout Managers' },
  { name: COORDINATORS_GROUP, kind: 'COORDINATORS', description: 'Staged Rollout Coordinators (assign staged-rollout tickets)' },
  { name: PROVIDERS_GROUP, kind: 'PROVIDERS', description: 'Technology Providers submitting releases' },
  { name: VERIFIERS_GROUP, kind: 'VERIFIERS', description: 'SA2 verifiers' },
];
