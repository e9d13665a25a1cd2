// Present-day demo activity, relative to the seed's `now`: a release or rollout in every state, so that
// every page has something to show. Versions are fixed, so a second run finds these releases again
// (by component, version and UMD major release) and leaves them alone.
import type { Outcome, ReleaseItemState, ReleaseType } from '@/lib/generated/prisma/enums';
import { addDays, addHours, replyDueAfter, workingDaysBefore } from './dates';
import type { CommentPlan, FindingPlan, ParticipationPlan, ReleasePlan, RolloutPlan, TeamPlan, World } from './plan-types';
import { seededRandom, type Random } from './random';
import {
  acceptedParticipation,
  buildReport,
  componentOf,
  declinedParticipation,
  documentFor,
  documentationUrl,
  installNotes,
  packageList,
  releaseNotesUrl,
  stackOf,
  templateFor,
  titleFor,
} from './release-builder';
import { ggusUrl } from './texts';
import { componentKey } from './world';
import type { PlatformKey } from './data/components';
import { managerOf, PROVIDER_EMAIL } from './data/people';

const UMD = 'UMD-4';

export interface Base {
  stack: string;
  component: string;
  umdMajor?: string;
  version: string;
  platform: PlatformKey;
  type?: ReleaseType;
  notes: string;
  submittedAt: Date;
}

export function buildPresentDayPlans(world: World, now: Date): ReleasePlan[] {
  const random = seededRandom('ea-present-day');
  const h = (hours: number) => addHours(now, hours);
  const d = (days: number) => addDays(now, days);
  const teamsFor = (stack: string, component: string, count: number, exclude: string[] = []): TeamPlan[] => {
    const committed = [...(world.committedTeams.get(componentKey(stack, component)) ?? [])]
      .map((name) => world.teamsByName.get(name)!)
      .filter((team) => !exclude.includes(team.name));
    const others = world.teams.filter((team) => !committed.includes(team) && !exclude.includes(team.name));
    return [...random.shuffle(committed), ...random.shuffle(others)].slice(0, count);
  };

  const plans: ReleasePlan[] = [];

  // Submitted a few hours ago, not yet picked up by SA2.
  plans.push(
    release(random, {
      stack: 'glite', component: 'Argus', version: '1.7.6-1', platform: 'SL6 x86_64',
      notes: 'Argus 1.7.6: PAP policy cache fixes, Java 11 support', submittedAt: h(-5),
    }, 'UNVERIFIED', h(-5)),
  );
  // In verification.
  plans.push(
    release(random, {
      stack: 'glite', component: 'dCache', version: '2.16.64-1', platform: 'SL6 x86_64',
      notes: 'dCache 2.16.64: SRM and xrootd door fixes', submittedAt: h(-51),
    }, 'IN_VERIFICATION', h(-44), 'Verification in progress (SA2): installation and configuration tests on SL6 x86_64.'),
  );
  // Rejected at verification.
  plans.push(
    release(random, {
      stack: 'unicore', component: 'UCC', version: '7.13.1-1', platform: 'SL6 x86_64',
      notes: 'UCC 7.13.1: new workflow commands', submittedAt: d(-6),
    }, 'VERIFICATION_REJECTED', d(-4), 'Rejected at verification: the RPM does not declare its Java dependency; ucc fails to start on a minimal SL6 install.'),
  );

  // Passed verification: a staged-rollout ticket, status New, owner Nobody.
  for (const [stack, component, version, notes, age] of [
    ['glite', 'CREAM', '1.16.8-1', 'CREAM 1.16.8: BLAH 1.22, Slurm support fixes', 3],
    ['globus', 'GRAM', '14.2-1', 'GRAM5 14.2: job manager state file fixes', 26],
  ] as const) {
    const plan = release(random, { stack, component, version, platform: 'SL6 x86_64', notes, submittedAt: h(-age - 70) }, 'STAGED_ROLLOUT', h(-age));
    plan.items[0]!.rollout = rollout(plan, { status: 'NEW', createdAt: h(-age) });
    plans.push(plan);
  }

  // Open and WAITING: invitations sent, waiting for replies; one team is overdue (invited 3 working days ago).
  {
    const plan = release(random, {
      stack: 'glite', component: 'BDII_top', version: '6.0.3-1', platform: 'SL6 x86_64',
      notes: 'BDII 6.0.3: GLUE 2.1 support, faster updates', submittedAt: d(-8),
    }, 'STAGED_ROLLOUT', d(-5));
    const early = workingDaysBefore(now, 3);
    const [late, accepted, fresh] = teamsFor('glite', 'BDII_top', 3);
    const participations: ParticipationPlan[] = [
      invited(late!, early),
      acceptedParticipation(random, accepted!, early, { beta: false }),
      invited(fresh!, h(-2)),
    ];
    plan.items[0]!.rollout = rollout(plan, {
      status: 'OPEN', createdAt: addHours(early, -6), assignedAt: addHours(early, -3), participations,
      comments: [{ author: managerOf('glite'), body: `Reminder sent to ${late!.name}: please reply accept or reject.`, createdAt: h(-20) }],
    });
    plans.push(plan);
  }

  // Open and HELD: teams accepted and the update is exposed to production now; a blocker is tracked in GGUS.
  {
    const plan = release(random, {
      stack: 'arc', component: 'ARC-CE', version: '6.21.1-1', platform: 'SL6 x86_64',
      notes: 'ARC 6.21.1: A-REX REST interface fixes, new accounting records', submittedAt: d(-9),
    }, 'STAGED_ROLLOUT', d(-5));
    const [first, second, busy] = teamsFor('arc', 'ARC-CE', 3);
    const invitedAt = d(-4);
    const inExposure = (team: TeamPlan, beta: boolean) => {
      const participation = acceptedParticipation(random, team, invitedAt, { beta });
      participation.exposureStart = d(-2);
      participation.exposureEnd = d(4);
      participation.betaSetAt = beta ? d(-2) : null;
      return participation;
    };
    const participations = [inExposure(first!, true), inExposure(second!, false), declinedParticipation(random, busy!, invitedAt)];
    const findings: FindingPlan[] = [
      {
        team: first!.name, author: first!.members[0]!.email, kind: 'HELPDESK', severity: 'BLOCKER',
        title: 'A-REX leaves stale job directories after a restart during submission',
        body: 'Seen twice in two days; the provider is investigating.',
        externalId: '168412', url: ggusUrl(168412), open: true, createdAt: d(-1), closedAt: null,
      },
      {
        team: second!.name, author: second!.members[0]!.email, kind: 'COMMENT',
        severity: 'MINOR',
        title: 'Release notes: the new accounting configuration block is not described',
        body: 'Worked with the defaults from the example arc.conf.', externalId: null, url: null,
        open: true, createdAt: h(-30), closedAt: null,
      },
    ];
    plan.items[0]!.rollout = rollout(plan, { status: 'OPEN', createdAt: d(-5), assignedAt: d(-4.5), participations, findings });
    plans.push(plan);
  }

  // Open and READY: exposure over, all reports in — ready for the manager's summary and outcome.
  {
    const plan = release(random, {
      stack: 'glite', component: 'SE-DPM_mysql', version: '1.15.2-1', platform: 'SL6 x86_64',
      notes: 'DPM 1.15.2: DOME head node fixes, legacy SRM retirement warnings', submittedAt: d(-14),
    }, 'STAGED_ROLLOUT', d(-11));
    const invitedAt = d(-10);
    const participations = teamsFor('glite', 'SE-DPM_mysql', 2).map((team, index) => {
      const participation = acceptedParticipation(random, team, invitedAt, { beta: index === 0 });
      participation.exposureStart = d(-9);
      participation.exposureEnd = d(-3);
      participation.report = reportFor(random, plan, team, participation, d(-2 + index), 'ACCEPT');
      return participation;
    });
    plan.items[0]!.rollout = rollout(plan, { status: 'OPEN', createdAt: d(-11), assignedAt: d(-10.5), participations });
    plans.push(plan);
  }

  // Open and STALLED: the reply window and the exposure are over, one team declined and the other never
  // reported; the manager must call for volunteers, extend, or reject (lib/readiness).
  {
    const plan = release(random, {
      stack: 'globus', component: 'GridFTP', version: '6.0.2-1', platform: 'SL6 x86_64',
      notes: 'GridFTP 6.0.2: TLS 1.3, faster directory listings', submittedAt: d(-16),
    }, 'STAGED_ROLLOUT', d(-14));
    const [silent, declined] = teamsFor('globus', 'GridFTP', 2);
    const invitedAt = d(-13);
    const accepted = acceptedParticipation(random, silent!, invitedAt, { beta: false });
    accepted.exposureStart = d(-12);
    accepted.exposureEnd = d(-5);
    plan.items[0]!.rollout = rollout(plan, {
      status: 'OPEN', createdAt: d(-14), assignedAt: d(-13.5),
      participations: [accepted, declinedParticipation(random, declined!, invitedAt)],
    });
    plans.push(plan);
  }

  // Open: nobody accepted, so the manager asked the mailing list; one team volunteered.
  {
    const plan = release(random, {
      stack: 'unicore', component: 'UNICORE/X', version: '7.13.0-1', platform: 'SL6 x86_64',
      notes: 'UNICORE/X 7.13: new data-oriented processing, REST API 2', submittedAt: d(-8),
    }, 'STAGED_ROLLOUT', d(-6));
    const [declined, volunteer] = teamsFor('unicore', 'UNICORE/X', 2);
    const invitedAt = d(-5);
    const volunteered = acceptedParticipation(random, volunteer!, d(-3), { status: 'VOLUNTEERED', beta: false });
    volunteered.exposureStart = d(-2);
    volunteered.exposureEnd = d(4);
    plan.items[0]!.rollout = rollout(plan, {
      status: 'OPEN', createdAt: d(-6), assignedAt: d(-5.5), volunteersCalledAt: d(-3.5),
      participations: [declinedParticipation(random, declined!, invitedAt), volunteered],
    });
    plans.push(plan);
  }

  // Resolved last week: accepted and in production; and one rejected.
  for (const [stack, component, umdMajor, version, notes, outcome, age] of [
    ['ca', 'lcg-CA', 'CA', '1.143-1', 'IGTF 1.143: updated CRL distribution points, one CA withdrawn', 'ACCEPT', 6],
    ['globus', 'GridFTP', UMD, '13.20-1', 'GridFTP server 13.20: new TLS defaults', 'REJECT', 8],
  ] as const) {
    const plan = release(random, { stack, component, umdMajor, version, platform: 'SL6 x86_64', notes, submittedAt: d(-age - 14) },
      outcome === 'ACCEPT' ? 'PRODUCTION' : 'ROLLOUT_REJECTED', d(-age));
    const invitedAt = d(-age - 10);
    const teams = teamsFor(stack, component, 2);
    const participations = teams.map((team, index) => {
      const participation = acceptedParticipation(random, team, invitedAt, { beta: false });
      participation.exposureStart = d(-age - 9);
      participation.exposureEnd = d(-age - 3);
      const recommendation: Outcome = outcome === 'REJECT' && index === 0 ? 'REJECT' : 'ACCEPT';
      participation.report = reportFor(random, plan, team, participation, d(-age - 2 + index * 0.5), recommendation,
        recommendation === 'REJECT' ? 'transfers from clients older than 6.x fail the TLS handshake (GGUS #167933)' : '');
      return participation;
    });
    const findings: FindingPlan[] = outcome === 'REJECT'
      ? [{
          team: teams[0]!.name, author: teams[0]!.members[0]!.email, kind: 'HELPDESK',
          title: 'Transfers from older GridFTP clients fail the TLS handshake',
          body: 'Reproduced with globus-url-copy 9.x; the provider will make the old ciphers configurable.',
          externalId: '167933', url: ggusUrl(167933), open: true, createdAt: d(-age - 6), closedAt: null,
        }]
      : [];
    const resolved = rollout(plan, {
      status: 'RESOLVED', createdAt: d(-age - 11), assignedAt: d(-age - 10.5), resolvedAt: d(-age), outcome, participations, findings,
    });
    const issues = new Map(participations.filter((p) => p.report?.recommendation === 'REJECT').map((p) => [p.team, 'TLS handshake failures']));
    resolved.document = documentFor(stackOf(stack), component, version, resolved, issues);
    plan.items[0]!.rollout = resolved;
    if (outcome === 'ACCEPT') plan.productionAt = d(-age + 1);
    plans.push(plan);
  }

  // An emergency security release that skipped staged rollout, with its justification.
  {
    const plan = release(random, {
      stack: 'glite', component: 'glexec', version: '1.2.4-1', platform: 'SL6 x86_64', type: 'EMERGENCY',
      notes: 'gLExec 1.2.4: fixes a local privilege escalation (EGI-SVG advisory)', submittedAt: d(-12.5),
    }, 'SKIPPED_ROLLOUT', d(-12));
    plan.security = true;
    plan.productionAt = d(-12);
    plan.skipJustification =
      'Critical local privilege escalation (EGI-SVG risk: critical). The EGI security officer asked for immediate release; ' +
      'verified by SA2 and released without staged rollout. Sites were asked to update within 7 days.';
    plans.push(plan);
  }

  for (const plan of plans) plan.audit = true;
  return plans;
}

export function release(random: Random, base: Base, state: ReleaseItemState, stateChangedAt: Date, verificationNote?: string): ReleasePlan {
  const umdMajor = base.umdMajor ?? UMD;
  const component = componentOf(base.stack, base.component);
  const verified = state !== 'UNVERIFIED' && state !== 'IN_VERIFICATION';
  return {
    stack: base.stack,
    component: base.component,
    umdMajor,
    productVersion: base.version,
    type: base.type ?? 'REVISION',
    security: false,
    releaseNotes: `${base.notes}.\n\nRelease notes: ${releaseNotesUrl(base.stack, umdMajor, base.component, base.version)}`,
    documentationUrl: documentationUrl(base.stack, base.component),
    installNotes: installNotes(base.stack, component),
    skipJustification: null,
    submittedBy: PROVIDER_EMAIL,
    submittedAt: base.submittedAt,
    productionAt: null,
    items: [
      {
        platform: base.platform,
        packages: packageList(component, base.version, base.platform),
        state,
        verificationReportUrl: verified ? `https://rt.egi.eu/rt/Ticket/Display.html?id=${random.int(21_000, 29_000)}` : '',
        verificationNote:
          verificationNote ?? (verified ? 'Verified by SA2: installation, configuration and functionality tests passed.' : ''),
        stateChangedAt,
      },
    ],
  };
}

export function rollout(
  plan: ReleasePlan,
  options: Partial<Pick<RolloutPlan, 'assignedAt' | 'resolvedAt' | 'volunteersCalledAt' | 'outcome' | 'participations' | 'findings'>> & {
    status: RolloutPlan['status'];
    createdAt: Date;
    comments?: CommentPlan[];
  },
): RolloutPlan {
  const item = plan.items[0]!;
  const title = titleFor(plan.umdMajor, plan.component, plan.productVersion, item.platform);
  const owned = options.status !== 'NEW';
  return {
    title,
    status: options.status,
    owner: owned ? managerOf(plan.stack) : null,
    outcome: options.outcome ?? null,
    outcomeReason: null,
    knownIssues: '',
    notificationTemplate: owned ? templateFor(stackOf(plan.stack), plan.umdMajor, plan.component, plan.productVersion, title) : '',
    volunteersCalledAt: options.volunteersCalledAt ?? null,
    createdAt: options.createdAt,
    assignedAt: owned ? (options.assignedAt ?? addHours(options.createdAt, 2)) : null,
    resolvedAt: options.resolvedAt ?? null,
    participations: options.participations ?? [],
    findings: options.findings ?? [],
    comments: options.comments ?? [],
  };
}

function invited(team: TeamPlan, invitedAt: Date): ParticipationPlan {
  return {
    team: team.name,
    status: 'INVITED',
    invitedAt,
    replyDueAt: replyDueAfter(invitedAt, team.timeZone),
    repliedAt: null,
    replyChannel: null,
    beta: false,
    betaSetAt: null,
    betaRemovedAt: null,
    installNotes: '',
    exposureStart: null,
    exposureEnd: null,
  };
}

export function reportFor(
  random: Random,
  plan: ReleasePlan,
  team: TeamPlan,
  participation: ParticipationPlan,
  submittedAt: Date,
  recommendation: Outcome,
  issues = '',
) {
  const item = plan.items[0]!;
  return buildReport(random, {
    team,
    stack: stackOf(plan.stack),
    component: componentOf(plan.stack, plan.component),
    version: plan.productVersion,
    platform: item.platform,
    title: titleFor(plan.umdMajor, plan.component, plan.productVersion, item.platform),
    exposureStart: participation.exposureStart!,
    exposureEnd: participation.exposureEnd!,
    submittedAt,
    recommendation,
    releaseNotesCorrect: true,
    issues,
  });
}

