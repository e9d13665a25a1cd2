// Building blocks shared by the historical and the present-day release plans: release metadata,
// package lists, participations with their reports, and resolved-rollout documents.
import { documentDescription, reportFileName, rolloutTitle, summaryFileName } from '@/lib/rollout/naming';
import type { Outcome } from '@/lib/generated/prisma/enums';
import { COMPONENTS, type ComponentSeed, type PlatformKey, splitPlatformKey } from './data/components';
import { managerOf, STAFF } from './data/people';
import { STACKS, type StackSeed } from './data/stacks';
import { addHours, officeHours, replyDueAfter } from './dates';
import type { DocumentPlan, ParticipationPlan, ReportPlan, RolloutPlan, TeamPlan } from './plan-types';
import type { Random } from './random';
import { notificationTemplate, reportText, summaryText, testsFor, VO_SETS } from './texts';

export function stackOf(slug: string): StackSeed {
  const stack = STACKS.find((candidate) => candidate.slug === slug);
  if (!stack) throw new Error(`Unknown stack ${slug}`);
  return stack;
}

export function componentOf(stack: string, name: string): ComponentSeed {
  const component = COMPONENTS.find((candidate) => candidate.stack === stack && candidate.name === name);
  if (!component) throw new Error(`Unknown component ${stack}/${name}`);
  return component;
}

export function staffName(email: string): string {
  return STAFF.find((person) => person.email === email)?.name.replace(/ \(.*\)$/, '') ?? email;
}

export function releaseNotesUrl(stack: string, umdMajor: string, component: string, version: string): string {
  if (umdMajor.startsWith('gLite-')) {
    return `http://glite.web.cern.ch/glite/packages/R${umdMajor.slice(6)}/sl5_x86_64/updates.asp`;
  }
  if (umdMajor.startsWith('EMI-')) return `http://www.eu-emi.eu/emi-1-kebnekaise-updates#${encodeURIComponent(component)}-${version}`;
  if (umdMajor.startsWith('IGE-')) return `http://www.ige-project.eu/downloads/software/releases/${umdMajor.toLowerCase()}`;
  if (umdMajor.startsWith('ARC-')) return `http://www.nordugrid.org/arc/releases/${version.replace(/-\d+$/, '')}/release_notes.html`;
  if (stack === 'ca') return `https://dist.igtf.net/distribution/igtf/${version.replace(/-\d+$/, '')}/`;
  if (stack === 'opstools') return `https://wiki.egi.eu/wiki/SAM_Update_${version.split('.')[1] ?? version}`;
  return `https://repository.egi.eu/category/${umdMajor.toLowerCase()}/${encodeURIComponent(component)}-${version}`;
}

export function documentationUrl(stack: string, component: string): string {
  switch (stack) {
    case 'glite':
      return `https://twiki.cern.ch/twiki/bin/view/LCG/GenericInstallGuide320#${encodeURIComponent(component)}`;
    case 'arc':
      return 'http://www.nordugrid.org/documents/arc-ce-sysadm-guide.pdf';
    case 'unicore':
      return 'https://www.unicore.eu/documentation/';
    case 'globus':
      return 'https://toolkit.globus.org/toolkit/docs/5.0/5.0.4/';
    case 'ca':
      return 'https://wiki.egi.eu/wiki/EGI_IGTF_Release';
    default:
      return 'https://wiki.egi.eu/wiki/SAM';
  }
}

export function installNotes(stack: string, component: ComponentSeed): string {
  switch (stack) {
    case 'glite':
      return `yum update ${component.pkg}; then reconfigure with YAIM: /opt/glite/yaim/bin/yaim -c -s site-info.def -n ${component.pkg.replace(/^glite-/, '')}`;
    case 'arc':
      return `yum update ${component.pkg}; restart the ARC services (a-rex, gridftpd, grid-infosys).`;
    case 'unicore':
      return `Update ${component.pkg} with the package manager; the configuration in /etc/unicore is preserved.`;
    case 'globus':
      return `yum update ${component.pkg}; restart the service.`;
    case 'ca':
      return 'yum update lcg-CA (or ca-policy-egi-core); fetch-crl runs automatically.';
    default:
      return `yum update ${component.pkg}; run the Nagios configuration generator (ncg.pl) and restart Nagios.`;
  }
}

/** The package list of one PPA. */
export function packageList(component: ComponentSeed, version: string, platform: PlatformKey): string {
  const { os, arch } = splitPlatformKey(platform);
  if (os.startsWith('Debian')) return `${component.pkg}_${version}_${arch === 'x86_64' ? 'amd64' : arch}.deb`;
  const dist = os === 'SL6' ? 'el6' : 'el5';
  const rpmArch = component.stack === 'ca' ? 'noarch' : arch;
  const main = `${component.pkg}-${version}.${dist}.${rpmArch}.rpm`;
  return component.stack === 'ca' ? main : [main, `${component.pkg}-doc-${version}.${dist}.noarch.rpm`].join('\n');
}

export function titleFor(umdMajor: string, component: string, version: string, platform: PlatformKey): string {
  const { os, arch } = splitPlatformKey(platform);
  return rolloutTitle({ umdMajor, component, version, os, arch });
}

export function templateFor(stack: StackSeed, umdMajor: string, component: string, version: string, title: string): string {
  return notificationTemplate({
    title,
    stackName: stack.name,
    stackSlug: stack.slug,
    component,
    version,
    repoUrl: stack.repoUrl,
    releaseNotesUrl: releaseNotesUrl(stack.slug, umdMajor, component, version),
    manager: staffName(managerOf(stack.slug)),
  });
}

export interface ReportInput {
  team: TeamPlan;
  stack: StackSeed;
  component: ComponentSeed;
  version: string;
  platform: PlatformKey;
  title: string;
  exposureStart: Date;
  exposureEnd: Date;
  submittedAt: Date;
  recommendation: Outcome;
  releaseNotesCorrect: boolean;
  issues: string;
}

export function buildReport(random: Random, input: ReportInput): ReportPlan {
  const capability = input.component.capability;
  const computeLike = capability === 'COMPUTE' || capability === 'CLIENT' || capability === 'SECURITY';
  const dataLike = capability === 'STORAGE' || capability === 'DATA';
  const jobsPerDay = computeLike ? random.int(4, 300) * 50 : null;
  const transfersPerDay = dataLike ? random.int(20, 1600) * 50 : null;
  const vos = random.pick(VO_SETS);
  const testsPerformed = testsFor(capability, (items) => random.pick(items));
  const author = input.team.members[0]!;
  const text = reportText({
    team: input.team.name,
    ngiCode: input.team.ngiCode,
    siteName: input.team.siteName,
    stackName: input.stack.name,
    component: input.component.name,
    version: input.version,
    platform: input.platform,
    title: input.title,
    exposureStart: input.exposureStart,
    exposureEnd: input.exposureEnd,
    releaseNotesCorrect: input.releaseNotesCorrect,
    testsPerformed,
    jobsPerDay,
    transfersPerDay,
    vos,
    recommendation: input.recommendation,
    issues: input.issues,
    author: `${author.name} <${author.email}>`,
  });
  return {
    fileName: reportFileName({
      ngiCode: input.team.ngiCode,
      siteName: input.team.siteName,
      stack: input.stack.name,
      component: input.component.name,
      version: input.version,
      ext: 'txt',
    }),
    text,
    releaseNotesCorrect: input.releaseNotesCorrect,
    testsPerformed,
    jobsPerDay,
    transfersPerDay,
    vos,
    recommendation: input.recommendation,
    submittedBy: author.email,
    submittedAt: input.submittedAt,
  };
}

/** An invitation answered with accept, then 5-7 days of exposure; the report (if any) is added by the caller. */
export function acceptedParticipation(
  random: Random,
  team: TeamPlan,
  invitedAt: Date,
  options: { beta?: boolean; status?: 'ACCEPTED' | 'VOLUNTEERED' } = {},
): ParticipationPlan {
  const repliedAt = officeHours(addHours(invitedAt, random.int(1, 6) + random.int(0, 59) / 60), random.int(0, 119));
  const exposureStart = addHours(repliedAt, random.int(18, 40));
  const exposureEnd = addHours(exposureStart, 5 * 24 + random.int(0, 48));
  const beta = options.beta ?? random.chance(0.3);
  return {
    team: team.name,
    status: options.status ?? 'ACCEPTED',
    invitedAt,
    replyDueAt: replyDueAfter(invitedAt, team.timeZone),
    repliedAt,
    replyChannel: options.status === 'VOLUNTEERED' ? 'volunteer' : random.pick(['app', 'email', 'email']),
    beta,
    betaSetAt: beta ? exposureStart : null,
    betaRemovedAt: null,
    installNotes: random.chance(0.3) ? 'Upgraded in place on the production node; configuration unchanged.' : '',
    exposureStart,
    exposureEnd,
  };
}

export function declinedParticipation(random: Random, team: TeamPlan, invitedAt: Date): ParticipationPlan {
  return {
    team: team.name,
    status: 'DECLINED',
    invitedAt,
    replyDueAt: replyDueAfter(invitedAt, team.timeZone),
    repliedAt: officeHours(addHours(invitedAt, random.int(1, 5)), random.int(0, 119)),
    replyChannel: 'email',
    beta: false,
    betaSetAt: null,
    betaRemovedAt: null,
    installNotes: random.pick([
      'Declined: the service is in a scheduled downtime this week.',
      'Declined: not enough manpower this week.',
      'Declined: the production instance is needed for a data challenge.',
    ]),
    exposureStart: null,
    exposureEnd: null,
  };
}

export function documentFor(
  stack: StackSeed,
  component: string,
  version: string,
  rollout: Pick<RolloutPlan, 'outcome' | 'knownIssues' | 'participations' | 'resolvedAt'>,
  issuesByTeam: Map<string, string>,
): DocumentPlan {
  const description = documentDescription({ stack: stack.name, component, version });
  const reported = rollout.participations.filter((participation) => participation.report);
  return {
    description,
    summaryFileName: summaryFileName({ stack: stack.name, component, version, ext: 'txt' }),
    summary: summaryText({
      description,
      outcome: rollout.outcome ?? 'ACCEPT',
      teams: reported.map((participation) => ({
        team: participation.team,
        recommendation: participation.report!.recommendation,
        issues: issuesByTeam.get(participation.team) ?? '',
      })),
      knownIssues: rollout.knownIssues,
    }),
    createdAt: addHours(rollout.resolvedAt!, -1),
  };
}
