// The first project year (May 2010 - April 2011) plus the first EMI-1.0 rollouts (May-Jul 2011), as
// release plans. Reports are allocated to the rollouts of each quarter from the document's Table 2 (one
// slot per NGI test), so that the per-NGI, per-quarter counts come out exactly; a team only takes part in
// a rollout if it existed when the invitation went out. The result is checked before it is returned.
import { managerOf, PROVIDER_EMAIL } from './data/people';
import {
  HISTORY_RELEASES,
  type HistoryReleaseSpec,
  SKIP_JUSTIFICATION_PATCH,
  SKIP_JUSTIFICATION_SECURITY,
  TABLE_1,
  TABLE_2,
} from './data/history-2010';
import { addDays, addHours, DAY, FIRST_YEAR_QUARTERS, maxDate, minDate, officeHours, utc, weekdayOnOrBefore } from './dates';
import type { FindingPlan, ParticipationPlan, ReleasePlan, RolloutPlan, TeamPlan, World } from './plan-types';
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

interface Window {
  start: Date; // quarter start (inclusive)
  end: Date; // quarter end (exclusive)
  inviteFrom: Date; // first invitation of a tested release
  inviteTo: Date; // last invitation
}

function windowOf(quarter: HistoryReleaseSpec['quarter']): Window {
  if (quarter === 5) {
    return { start: utc('2011-05-01'), end: utc('2011-08-01'), inviteFrom: utc('2011-05-16'), inviteTo: utc('2011-07-15') };
  }
  const { start, end } = FIRST_YEAR_QUARTERS[quarter - 1]!;
  return { start, end, inviteFrom: addDays(start, -3), inviteTo: addDays(end, -13) };
}

/** One staged-rollout ticket being planned (one PPA of a tested release). */
interface Slot {
  spec: HistoryReleaseSpec;
  platformIndex: number;
  invitedAt: Date;
  teams: TeamPlan[];
}

class Counter {
  constructor(
    private value: number,
    private readonly random: Random,
    private readonly step: [number, number],
  ) {}
  next(): number {
    this.value += this.random.int(this.step[0], this.step[1]);
    return this.value;
  }
}

export function buildHistoryPlans(world: World): ReleasePlan[] {
  const random = seededRandom('ea-history-2010');
  const ggus = new Counter(58_400, random, [120, 700]);
  const savannah = new Counter(3_950, random, [3, 25]);
  const rt = new Counter(1_480, random, [5, 40]);
  const usage = new Map<string, number>();
  const plans: ReleasePlan[] = [];

  for (const quarter of [1, 2, 3, 4, 5] as const) {
    const window = windowOf(quarter);
    const specs = HISTORY_RELEASES.filter((spec) => spec.quarter === quarter);
    const tested = specs.filter((spec) => spec.result !== 'NO_TEST');
    const untested = specs.filter((spec) => spec.result === 'NO_TEST');

    // Invitation times spread over the quarter, on weekdays, during European working hours.
    const span = window.inviteTo.getTime() - window.inviteFrom.getTime();
    const slots: Slot[] = [];
    tested.forEach((spec, index) => {
      const raw = new Date(window.inviteFrom.getTime() + ((index + 0.15 + 0.7 * random.next()) * span) / tested.length);
      const day = new Date(Date.UTC(raw.getUTCFullYear(), raw.getUTCMonth(), raw.getUTCDate()));
      const invitedAt = weekdayOnOrBefore(addHours(day, random.int(8, 14) + random.int(0, 59) / 60));
      spec.platforms.forEach((_platform, platformIndex) => {
        slots.push({ spec, platformIndex, invitedAt: addHours(invitedAt, platformIndex), teams: [] });
      });
    });

    if (quarter !== 5) allocateTable2(random, world, quarter, slots, usage);
    else allocateByCount(random, world, slots, usage);

    for (const spec of tested) {
      plans.push(testedRelease(random, world, spec, slots.filter((slot) => slot.spec === spec), { ggus, rt }));
    }
    untested.forEach((spec, index) => {
      const usable = window.end.getTime() - window.start.getTime() - 6 * DAY;
      const productionAt = addHours(
        new Date(window.start.getTime() + 3 * DAY + ((index + 0.5) * usable) / untested.length),
        random.int(-30, 30),
      );
      plans.push(untestedRelease(random, spec, productionAt, savannah));
    });
  }

  plans.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  checkHistory(plans, world);
  return plans;
}

function eligibleTeams(world: World, ngiCode: string, slot: Slot): TeamPlan[] {
  return world.teams.filter(
    (team) => team.ngiCode === ngiCode && team.createdAt < slot.invitedAt && !slot.teams.includes(team),
  );
}

function isCommitted(world: World, slot: Slot, team: TeamPlan): boolean {
  return world.committedTeams.get(componentKey(slot.spec.stack, slot.spec.component))?.has(team.name) ?? false;
}

/** Committed teams first, then the least used, ties at random. */
function chooseTeam(random: Random, world: World, slot: Slot, candidates: TeamPlan[], usage: Map<string, number>): TeamPlan {
  const scored = random
    .shuffle(candidates)
    .map((team) => ({ team, score: (isCommitted(world, slot, team) ? 100 : 0) - (usage.get(team.name) ?? 0) }));
  scored.sort((a, b) => b.score - a.score);
  const team = scored[0]!.team;
  usage.set(team.name, (usage.get(team.name) ?? 0) + 1);
  return team;
}

/** Quarters 1-4: one report per Table 2 test; every rollout gets at least one. */
function allocateTable2(random: Random, world: World, quarter: 1 | 2 | 3 | 4, slots: Slot[], usage: Map<string, number>): void {
  const tests: string[] = [];
  for (const [ngiCode, counts] of Object.entries(TABLE_2)) {
    for (let i = 0; i < counts[quarter - 1]!; i++) tests.push(ngiCode);
  }
  if (tests.length < slots.length) throw new Error(`Q${quarter}: ${tests.length} tests for ${slots.length} rollouts`);
  let remaining = random.shuffle(tests);

  const score = (slot: Slot, ngiCode: string) => {
    const candidates = eligibleTeams(world, ngiCode, slot);
    if (candidates.length === 0) return -1;
    return candidates.some((team) => isCommitted(world, slot, team)) ? 2 : 1;
  };

  // Every rollout first gets one test from an NGI with a suitable team.
  for (const slot of random.shuffle(slots)) {
    let best = -1;
    let bestIndex = -1;
    remaining.forEach((ngiCode, index) => {
      const value = score(slot, ngiCode) + random.next() * 0.5;
      if (score(slot, ngiCode) >= 0 && value > best) {
        best = value;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) throw new Error(`Q${quarter}: no NGI can test ${slot.spec.component} ${slot.spec.version}`);
    const ngiCode = remaining[bestIndex]!;
    remaining = remaining.filter((_, index) => index !== bestIndex);
    slot.teams.push(chooseTeam(random, world, slot, eligibleTeams(world, ngiCode, slot), usage));
  }
  // The other tests go to the rollouts with the fewest teams so far.
  for (const ngiCode of remaining) {
    const options = slots
      .map((slot) => ({ slot, s: score(slot, ngiCode) }))
      .filter((option) => option.s >= 0)
      .map((option) => ({ ...option, value: option.s - 2 * option.slot.teams.length + random.next() }));
    options.sort((a, b) => b.value - a.value);
    const choice = options[0];
    if (!choice) throw new Error(`Q${quarter}: no rollout can take another test by ${ngiCode}`);
    choice.slot.teams.push(chooseTeam(random, world, choice.slot, eligibleTeams(world, ngiCode, choice.slot), usage));
  }
}

/** After the first year: the spec says how many teams report per release. */
function allocateByCount(random: Random, world: World, slots: Slot[], usage: Map<string, number>): void {
  const specs = [...new Set(slots.map((slot) => slot.spec))];
  for (const spec of specs) {
    const mine = slots.filter((slot) => slot.spec === spec);
    const total = Math.max(spec.reports ?? 1, mine.length);
    for (let i = 0; i < total; i++) {
      const slot = mine[i % mine.length]!;
      const candidates = world.teams.filter((team) => team.createdAt < slot.invitedAt && !slot.teams.includes(team));
      const committed = candidates.filter((team) => isCommitted(world, slot, team));
      slot.teams.push(chooseTeam(random, world, slot, committed.length ? committed : candidates, usage));
    }
  }
}

function testedRelease(
  random: Random,
  world: World,
  spec: HistoryReleaseSpec,
  slots: Slot[],
  counters: { ggus: Counter; rt: Counter },
): ReleasePlan {
  const stack = stackOf(spec.stack);
  const component = componentOf(spec.stack, spec.component);
  const owner = managerOf(spec.stack);
  const rejected = spec.result === 'REJECT';
  const items: ReleasePlan['items'] = [];
  const rolloutCreated: Date[] = [];
  const resolved: Date[] = [];

  for (const slot of slots) {
    const platform = spec.platforms[slot.platformIndex]!;
    const title = titleFor(spec.umdMajor, spec.component, spec.version, platform);
    const createdAt = addHours(slot.invitedAt, -random.int(20, 44));
    const assignedAt = addHours(createdAt, random.int(1, 8));
    rolloutCreated.push(createdAt);

    const participations: ParticipationPlan[] = [];
    const findings: FindingPlan[] = [];
    const issuesByTeam = new Map<string, string>();
    slot.teams.forEach((team, index) => {
      const participation = acceptedParticipation(random, team, slot.invitedAt);
      const submittedAt = officeHours(addHours(participation.exposureEnd!, random.int(2, 20)), random.int(0, 119));
      const first = index === 0;
      const recommendation = rejected && (first || random.chance(0.5)) ? 'REJECT' : 'ACCEPT';
      let issues = '';
      if (spec.issue && (first || recommendation === 'REJECT')) {
        const ticket = counters.ggus.next();
        issues = `${spec.issue} (GGUS #${ticket})`;
        if (first) {
          findings.push({
            team: team.name,
            author: team.members[0]!.email,
            kind: 'HELPDESK',
            title: capitalize(spec.issue),
            body: `Found during the staged rollout at ${team.siteName}; reported to the Technology Provider through GGUS.`,
            externalId: String(ticket),
            url: ggusUrl(ticket),
            open: false,
            createdAt: addHours(participation.exposureStart!, random.int(12, 60)),
            closedAt: null, // set below, once the rollout is resolved
          });
        }
      }
      const releaseNotesCorrect = !random.chance(0.12);
      if (!releaseNotesCorrect) {
        const note = 'release notes do not mention the new YAIM variables';
        issues = issues ? `${issues}; ${note}` : note;
        findings.push({
          team: team.name,
          author: team.members[0]!.email,
          kind: 'COMMENT',
          title: 'Release notes incomplete: new YAIM variables not documented',
          body: 'The configuration worked with the defaults, but the release notes should list the new variables.',
          externalId: null,
          url: null,
          open: false,
          createdAt: addHours(participation.exposureStart!, random.int(2, 30)),
          closedAt: null,
        });
      }
      if (issues) issuesByTeam.set(team.name, issues);
      participation.report = buildReport(random, {
        team,
        stack,
        component,
        version: spec.version,
        platform,
        title,
        exposureStart: participation.exposureStart!,
        exposureEnd: participation.exposureEnd!,
        submittedAt,
        recommendation,
        releaseNotesCorrect,
        issues,
      });
      participations.push(participation);
    });

    const resolvedAt = officeHours(addHours(maxDate(participations.map((p) => p.report!.submittedAt)), random.int(4, 30)), random.int(0, 119));
    resolved.push(resolvedAt);
    for (const participation of participations) {
      if (participation.beta) participation.betaRemovedAt = addHours(resolvedAt, random.int(2, 48));
    }
    for (const finding of findings) finding.closedAt = finding.kind === 'HELPDESK' && rejected ? addDays(resolvedAt, random.int(5, 20)) : resolvedAt;

    // Now and then a committed team that could not take part declines.
    if (random.chance(0.25)) {
      const others = world.teams.filter(
        (team) => team.createdAt < slot.invitedAt && !slot.teams.includes(team) && isCommitted(world, slot, team),
      );
      if (others.length) participations.push(declinedParticipation(random, random.pick(others), slot.invitedAt));
    }

    const knownIssues = !rejected && spec.issue ? capitalize(spec.issue) : '';
    const rollout: RolloutPlan = {
      title,
      status: 'RESOLVED',
      owner,
      outcome: rejected ? 'REJECT' : 'ACCEPT',
      outcomeReason: knownIssues ? 'Accepted: the issue found has a documented workaround (known issues, release notes).' : null,
      knownIssues,
      notificationTemplate: templateFor(stack, spec.umdMajor, spec.component, spec.version, title),
      volunteersCalledAt: null,
      createdAt,
      assignedAt,
      resolvedAt,
      participations,
      findings,
      comments: [],
    };
    rollout.document = documentFor(stack, spec.component, spec.version, rollout, issuesByTeam);
    items.push({
      platform,
      packages: packageList(component, spec.version, platform),
      state: rejected ? 'ROLLOUT_REJECTED' : 'PRODUCTION',
      verificationReportUrl: `https://rt.egi.eu/rt/Ticket/Display.html?id=${counters.rt.next()}`,
      verificationNote: spec.umdMajor.startsWith('gLite-')
        ? 'Certified by the gLite certification team (Savannah patch); verification report attached.'
        : 'Verified by SA2: installation, configuration and basic functionality tests passed.',
      stateChangedAt: resolvedAt,
      rollout,
    });
  }

  const submittedAt = addDays(minDate(rolloutCreated), -random.int(3, 9));
  return {
    stack: spec.stack,
    component: spec.component,
    umdMajor: spec.umdMajor,
    productVersion: spec.version,
    type: spec.type,
    security: spec.security,
    releaseNotes: `${spec.notes}.\n\nRelease notes: ${releaseNotesUrl(spec.stack, spec.umdMajor, spec.component, spec.version)}`,
    documentationUrl: documentationUrl(spec.stack, spec.component),
    installNotes: installNotes(spec.stack, component),
    skipJustification: null,
    submittedBy: PROVIDER_EMAIL,
    submittedAt,
    productionAt: rejected ? null : addHours(maxDate(resolved), random.int(20, 60)),
    items,
  };
}

function untestedRelease(random: Random, spec: HistoryReleaseSpec, productionAt: Date, savannah: Counter): ReleasePlan {
  const component = componentOf(spec.stack, spec.component);
  const patch = savannah.next();
  return {
    stack: spec.stack,
    component: spec.component,
    umdMajor: spec.umdMajor,
    productVersion: spec.version,
    type: spec.type,
    security: spec.security,
    releaseNotes: `${spec.notes}.\n\nRelease notes: ${releaseNotesUrl(spec.stack, spec.umdMajor, spec.component, spec.version)}\nSavannah patch: https://savannah.cern.ch/patch/?${patch}`,
    documentationUrl: documentationUrl(spec.stack, spec.component),
    installNotes: installNotes(spec.stack, component),
    skipJustification: spec.type === 'EMERGENCY' ? SKIP_JUSTIFICATION_SECURITY : SKIP_JUSTIFICATION_PATCH,
    submittedBy: PROVIDER_EMAIL,
    submittedAt: addDays(productionAt, -random.int(4, 10)),
    productionAt,
    items: spec.platforms.map((platform) => ({
      platform,
      packages: packageList(component, spec.version, platform),
      state: 'SKIPPED_ROLLOUT' as const,
      verificationReportUrl: `https://savannah.cern.ch/patch/?${patch}`,
      verificationNote: 'Certified by the gLite certification team; released without staged rollout.',
      stateChangedAt: productionAt,
    })),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quarterOf(date: Date): number {
  const index = FIRST_YEAR_QUARTERS.findIndex((quarter) => date >= quarter.start && date < quarter.end);
  return index + 1; // 0 = outside the first year
}

/** The plans must reproduce Tables 1 and 2 exactly; a mistake in the data fails loudly here. */
function checkHistory(plans: ReleasePlan[], world: World): void {
  const table1 = new Map<number, { accepted: number; rejected: number; noTest: number }>();
  const table2 = new Map<string, number>();
  const bump = (quarter: number, key: 'accepted' | 'rejected' | 'noTest') => {
    const row = table1.get(quarter) ?? { accepted: 0, rejected: 0, noTest: 0 };
    row[key]++;
    table1.set(quarter, row);
  };
  for (const plan of plans) {
    const rollouts = plan.items.map((item) => item.rollout).filter((rollout): rollout is RolloutPlan => !!rollout);
    if (rollouts.length === 0) {
      if (plan.productionAt) bump(quarterOf(plan.productionAt), 'noTest');
      continue;
    }
    const resolvedAt = maxDate(rollouts.map((rollout) => rollout.resolvedAt!));
    bump(quarterOf(resolvedAt), rollouts.some((rollout) => rollout.outcome === 'REJECT') ? 'rejected' : 'accepted');
    for (const rollout of rollouts) {
      for (const participation of rollout.participations) {
        if (!participation.report) continue;
        const team = world.teamsByName.get(participation.team)!;
        if (team.createdAt >= participation.invitedAt) throw new Error(`${team.name} invited before it existed`);
        const quarter = quarterOf(participation.report.submittedAt);
        if (quarter === 0) continue;
        if (quarter !== quarterOf(resolvedAt)) throw new Error(`${rollout.title}: report outside the release's quarter`);
        table2.set(`${team.ngiCode}/${quarter}`, (table2.get(`${team.ngiCode}/${quarter}`) ?? 0) + 1);
      }
    }
  }
  for (const quarter of [1, 2, 3, 4] as const) {
    const got = table1.get(quarter);
    const want = TABLE_1[quarter];
    if (!got || got.accepted !== want.accepted || got.rejected !== want.rejected || got.noTest !== want.noTest) {
      throw new Error(`Seed history does not reproduce Table 1 for Q${quarter}: ${JSON.stringify(got)}`);
    }
    for (const [ngiCode, counts] of Object.entries(TABLE_2)) {
      const value = table2.get(`${ngiCode}/${quarter}`) ?? 0;
      if (value !== counts[quarter - 1]) {
        throw new Error(`Seed history does not reproduce Table 2 for ${ngiCode} Q${quarter}: ${value}`);
      }
    }
  }
}
