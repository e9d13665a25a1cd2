// Technology Providers and the middleware stacks they ship (document sections 1 and 2.3).
import { stackListAddress } from '@/lib/auth/group-names';

export interface ProviderSeed {
  name: string;
  external: boolean;
}

export const PROVIDERS: ProviderSeed[] = [
  { name: 'EMI', external: true }, // European Middleware Initiative: ARC, gLite (incl. dCache), UNICORE
  { name: 'IGE', external: true }, // Initiative for Globus in Europe
  { name: 'EGI', external: false }, // internal: SAM/Nagios operational tools, Trust Anchor distribution
];

export interface StackSeed {
  slug: string;
  name: string;
  provider: string;
  /** The staged-rollout repository of the stack's current major release. */
  repoUrl: string;
  description: string;
}

export const STACKS: StackSeed[] = [
  {
    slug: 'arc',
    name: 'ARC',
    provider: 'EMI',
    repoUrl: 'http://repository.egi.eu/sw/production/umd/1/',
    description: 'Advanced Resource Connector (NorduGrid)',
  },
  {
    slug: 'glite',
    name: 'gLite',
    provider: 'EMI',
    repoUrl: 'http://repository.egi.eu/sw/production/umd/1/',
    description: 'gLite 3.1/3.2 and EMI gLite-derived products, including dCache',
  },
  {
    slug: 'unicore',
    name: 'UNICORE',
    provider: 'EMI',
    repoUrl: 'http://repository.egi.eu/sw/production/umd/1/',
    description: 'UNiform Interface to COmputing REsources',
  },
  {
    slug: 'globus',
    name: 'Globus',
    provider: 'IGE',
    repoUrl: 'http://repository.egi.eu/sw/production/umd/1/',
    description: 'Globus Toolkit as packaged by the Initiative for Globus in Europe',
  },
  {
    slug: 'opstools',
    name: 'Operational Tools',
    provider: 'EGI',
    repoUrl: 'http://repository.egi.eu/sw/production/sam/1/',
    description: 'EGI operational tools: SAM/Nagios monitoring, dashboards, accounting',
  },
  {
    slug: 'ca',
    name: 'Trust Anchors (CA)',
    provider: 'EGI',
    repoUrl: 'http://repository.egi.eu/sw/production/cas/1/current/',
    description: 'The EGI Trust Anchor distribution (IGTF accredited certification authorities)',
  },
];

export function stackMailingList(slug: string): string {
  return stackListAddress(slug, 'mailman.egi.eu');
}
