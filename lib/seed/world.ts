// The demo world in memory: teams with their people and contacts, and the commitments (team x component
// x platform). Deterministic: the same world on every run.
import { teamName } from '@/lib/auth/group-names';
import { COMPONENTS, type ComponentSeed, type PlatformKey } from './data/components';
import { NGIS } from './data/ngis';
import { PEOPLE_BY_NGI, teamFormedAt } from './data/teams';
import { addDays, maxDate } from './dates';
import type { CommitmentPlan, PersonPlan, TeamPlan, World } from './plan-types';
import { seededRandom } from './random';

/** Lower-case, and any character outside [a-z0-9.-] becomes "-": a valid e-mail domain/local part. */
export function emailSafe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
}

/** member@<team name lower-cased>.demo.local, e.g. member@ea-pt-lip-lisbon.demo.local. */
export function memberEmail(team: string): string {
  return `member@${teamDomain(team)}`;
}

export function teamDomain(team: string): string {
  return `${emailSafe(team)}.demo.local`;
}

function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l');
}

/** first.last@<team domain> for an additional team member. */
export function personEmail(personName: string, team: string): string {
  const local = emailSafe(asciiFold(personName).trim().replace(/\s+/g, '.'));
  return `${local}@${teamDomain(team)}`;
}

/** Sites that run only ARC services: their teams never commit to gLite. */
const ARC_ONLY_SITES = new Set(['UNIBE-LHEP', 'UNIGE-DPNC']);

/** Teams that test the smaller stacks (by site name). */
const STACK_POOLS: Record<string, string[]> = {
  arc: ['SiGNET', 'ARNES', 'UNIBE-LHEP', 'UNIGE-DPNC', 'CSCS-LCG2'],
  unicore: ['CYFRONET-LCG2', 'PSNC', 'WCSS64', 'FZK-LCG2', 'GSI-LCG2'],
  globus: ['PSNC', 'CESGA', 'DESY-HH', 'SARA-MATRIX', 'UKI-NORTHGRID-MAN-HEP'],
  opstools: ['SRCE'],
};

/** When a stack's components entered the catalogue. */
export function componentCreatedAt(stack: string): Date {
  return new Date(stack === 'unicore' || stack === 'globus' ? '2011-04-15T09:00:00Z' : '2010-04-01T09:00:00Z');
}

export function componentKey(stack: string, component: string): string {
  return `${stack}/${component}`;
}

function buildTeams(): TeamPlan[] {
  const random = seededRandom('ea-teams');
  const teams: TeamPlan[] = [];
  for (const ngi of NGIS) {
    const pool = random.shuffle(PEOPLE_BY_NGI[ngi.code] ?? []);
    let next = 0;
    const takePerson = () => pool[next++ % Math.max(pool.length, 1)] ?? `${ngi.name} Site Admin`;
    for (const site of ngi.sites) {
      const name = teamName(ngi.code, site.name);
      const createdAt = teamFormedAt(site.name);
      const main = takePerson();
      const extras: string[] = [];
      const wanted = random.int(0, 2);
      while (extras.length < wanted && next < pool.length) extras.push(takePerson());
      const members: PersonPlan[] = [
        { email: memberEmail(name), name: `${main} (${site.name})`, timeZone: site.timeZone, createdAt },
        ...extras.map((person, index) => ({
          email: personEmail(person, name),
          name: `${person} (${site.name})`,
          timeZone: site.timeZone,
          createdAt: addDays(createdAt, 14 * (index + 1)),
        })),
      ];
      const contacts = members.slice(0, 3).map((member) => ({ email: member.email, name: member.name }));
      if (contacts.length === 1 && random.chance(0.5)) {
        contacts.push({ email: `grid-admin@${teamDomain(name)}`, name: `${site.name} site administrators` });
      }
      teams.push({
        name,
        ngiCode: ngi.code,
        ngiName: ngi.name,
        siteName: site.name,
        institute: site.institute,
        timeZone: site.timeZone,
        createdAt,
        description: `Early Adopter team of ${site.name} (${site.institute}), NGI ${ngi.name}`,
        members,
        contacts,
      });
    }
  }
  return teams;
}

function buildCommitments(teams: TeamPlan[], components: ComponentSeed[]): CommitmentPlan[] {
  const random = seededRandom('ea-commitments');
  const bySite = new Map(teams.map((team) => [team.siteName, team]));
  const poolOf = (stack: string): TeamPlan[] => {
    const sites = STACK_POOLS[stack];
    if (sites) return sites.map((site) => bySite.get(site)).filter((team): team is TeamPlan => !!team);
    if (stack === 'glite') return teams.filter((team) => !ARC_ONLY_SITES.has(team.siteName));
    return teams; // ca: every site installs the trust anchors
  };
  const load = new Map<string, number>(teams.map((team) => [team.name, 0]));
  const plans: CommitmentPlan[] = [];

  const commit = (team: TeamPlan, component: ComponentSeed) => {
    const ships = (platform: PlatformKey) => component.platforms.includes(platform);
    const platforms = new Set<PlatformKey>();
    if (ARC_ONLY_SITES.has(team.siteName) && ships('Debian6 x86_64') && random.chance(0.5)) platforms.add('Debian6 x86_64');
    else platforms.add(ships('SL5 x86_64') ? 'SL5 x86_64' : component.platforms[0]!);
    if (ships('SL6 x86_64') && random.chance(0.35)) platforms.add('SL6 x86_64');
    if (ships('SL5 i386') && random.chance(0.25)) platforms.add('SL5 i386');
    const createdAt = addDays(maxDate([team.createdAt, componentCreatedAt(component.stack)]), random.int(3, 60));
    for (const platform of platforms) {
      plans.push({ team: team.name, stack: component.stack, component: component.name, platform, createdAt });
    }
    load.set(team.name, (load.get(team.name) ?? 0) + 1);
  };

  const active = components.filter((component) => !component.retiredAt && component.teams > 0);
  for (const component of active) {
    const pool = poolOf(component.stack);
    const chosen = random
      .shuffle(pool)
      .sort((a, b) => (load.get(a.name) ?? 0) - (load.get(b.name) ?? 0))
      .slice(0, component.teams);
    for (const team of chosen) commit(team, component);
  }
  // Every team commits to something (its members then get the stack's mailing list).
  for (const team of teams) {
    if ((load.get(team.name) ?? 0) > 0) continue;
    const candidates = active.filter((component) => poolOf(component.stack).includes(team));
    const coverage = (component: ComponentSeed) =>
      plans.filter((plan) => plan.stack === component.stack && plan.component === component.name).length;
    const component = [...candidates].sort((a, b) => coverage(a) - coverage(b))[0];
    if (component) commit(team, component);
  }
  return plans;
}

let cached: World | undefined;

/** The deterministic demo world (teams, people, commitments). */
export function buildWorld(): World {
  if (cached) return cached;
  const teams = buildTeams();
  const commitments = buildCommitments(teams, COMPONENTS);
  const committedTeams = new Map<string, Set<string>>();
  for (const commitment of commitments) {
    const key = componentKey(commitment.stack, commitment.component);
    const set = committedTeams.get(key) ?? new Set<string>();
    set.add(commitment.team);
    committedTeams.set(key, set);
  }
  cached = { teams, teamsByName: new Map(teams.map((team) => [team.name, team])), components: COMPONENTS, commitments, committedTeams };
  return cached;
}
