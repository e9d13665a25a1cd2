// Generated texts of the demo data: report files, notification template, DocDB summaries, release notes.
import { createHash } from 'node:crypto';
import type { Outcome } from '@/lib/generated/prisma/enums';
import { isoDay } from './dates';

export interface ReportTextInput {
  team: string;
  ngiCode: string;
  siteName: string;
  stackName: string;
  component: string;
  version: string;
  platform: string;
  title: string;
  exposureStart: Date;
  exposureEnd: Date;
  releaseNotesCorrect: boolean;
  testsPerformed: string;
  jobsPerDay: number | null;
  transfersPerDay: number | null;
  vos: string;
  recommendation: Outcome;
  issues: string;
  author: string;
}

/** The staged-rollout report as the team uploads it: the structured fields, filled in. */
export function reportText(input: ReportTextInput): string {
  return [
    `STAGED ROLLOUT REPORT`,
    ``,
    `Rollout: ${input.title}`,
    `EA team: ${input.team} (NGI ${input.ngiCode}, site ${input.siteName})`,
    `MW stack: ${input.stackName}`,
    `Component: ${input.component}`,
    `Version: ${input.version}`,
    `Platform: ${input.platform}`,
    `Exposure to production: ${isoDay(input.exposureStart)} to ${isoDay(input.exposureEnd)}`,
    ``,
    `1. Release notes correct and complete: ${input.releaseNotesCorrect ? 'yes' : 'no'}`,
    `2. Tests performed: ${input.testsPerformed}`,
    `3. Production metrics: jobs/day: ${input.jobsPerDay ?? 'n/a'}; transfers/day: ${input.transfersPerDay ?? 'n/a'}`,
    `4. VOs configured: ${input.vos || 'n/a'}`,
    `5. Issues found: ${input.issues || 'none'}`,
    ``,
    `Recommendation: ${input.recommendation}`,
    `Reported by: ${input.author}`,
    ``,
  ].join('\n');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

export function notificationTemplate(input: {
  title: string;
  stackName: string;
  stackSlug: string;
  component: string;
  version: string;
  repoUrl: string;
  releaseNotesUrl: string;
  manager: string;
}): string {
  return [
    `Dear Early Adopters,`,
    ``,
    `${input.stackName} ${input.component} ${input.version} has passed verification and is available for staged rollout:`,
    `  ticket:        ${input.title}`,
    `  repository:    ${input.repoUrl}`,
    `  release notes: ${input.releaseNotesUrl}`,
    ``,
    `Please reply within 1 working day with "accept <NGI>-<Site-name>" or "reject <NGI>-<Site-name>".`,
    `If you accept: install and configure the update, optionally set the "beta" flag of the service in GOCDB,`,
    `expose it to production users and VOs for 5 to 7 days and upload your report named`,
    `ea-<NGI>-<Site-name>-${input.stackName}-${input.component}-${input.version}.<ext>.`,
    `Issues: discuss them in the ticket or open a GGUS ticket and link it.`,
    ``,
    `Thank you,`,
    `${input.manager}, Staged Rollout Manager (early-adopters-${input.stackSlug})`,
  ].join('\n');
}

export function summaryText(input: {
  description: string;
  outcome: Outcome;
  teams: { team: string; recommendation: Outcome; issues: string }[];
  knownIssues: string;
}): string {
  const lines = [
    `${input.description}: summary of the staged rollout`,
    ``,
    `Early Adopter teams that reported: ${input.teams.length}`,
    ...input.teams.map((team) => `  - ${team.team}: ${team.recommendation}${team.issues ? ` (${team.issues})` : ''}`),
    ``,
  ];
  if (input.knownIssues) lines.push(`Known issues: ${input.knownIssues}`, ``);
  lines.push(`Outcome: ${input.outcome}`);
  return lines.join('\n');
}

const TESTS_BY_CAPABILITY: Record<string, string[]> = {
  COMPUTE: [
    'upgrade with YAIM on the production node; job submission through WMS and direct submission; proxy renewal; cancel and purge',
    'fresh install and upgrade; CE/WN functional tests; SAM/Nagios CE probes green for the whole exposure period',
    'upgrade in production; MPI and multi-core test jobs; accounting records checked in APEL',
  ],
  STORAGE: [
    'upgrade of head node and disk servers; SRM put/get/copy with lcg-utils; space tokens; draining of one pool',
    'upgrade in production; FTS transfers to and from the Tier-1; checksum verification; SAM SRM probes green',
  ],
  DATA: [
    'upgrade in production; catalogue operations with lcg-utils and the LFC API; replication checks',
    'schema upgrade on a copy of the production database, then in production; bulk operations',
  ],
  INFORMATION: [
    'upgrade in production; ldapsearch against GLUE 1.3 and GLUE 2.0 trees; compared with the previous version for 24 h',
    'upgrade; checked publication of all site services; gstat validation clean',
  ],
  SECURITY: [
    'upgrade in production; VOMS proxy creation for all supported VOs; authorisation of banned and allowed users',
    'fresh install and upgrade; policy changes propagated; glexec identity switch tested from pilot jobs',
  ],
  CLIENT: [
    'installed on the site UI and a WN; user job submission, data management and proxy commands by local users',
    'upgrade; regression tests of the command-line tools with the VO software managers',
  ],
  OPERATIONS: [
    'upgrade of the regional instance; probes, notifications and message-bus publishing checked for a week',
    'upgrade in production; accounting records published and checked against the batch logs',
  ],
};

export function testsFor(capability: string, pick: (items: readonly string[]) => string): string {
  return pick(TESTS_BY_CAPABILITY[capability] ?? TESTS_BY_CAPABILITY.CLIENT!);
}

export const VO_SETS = [
  'atlas, cms, lhcb, alice, ops, dteam',
  'atlas, ops, dteam',
  'cms, ops, dteam, biomed',
  'lhcb, alice, ops, dteam',
  'biomed, compchem, ops, dteam, vo.ibergrid.eu',
  'atlas, cms, enmr.eu, ops, dteam',
  'ops, dteam, see, hone',
];

export function ggusUrl(ticketId: number): string {
  return `https://ggus.eu/?mode=ticket_info&ticket_id=${ticketId}`;
}
