// Looks up everything an import file refers to by name: stacks (slug), components (by stack and
// name), platforms ("<OS> <arch>"), teams (ea-<NGI>-<Site>) and managers (e-mail). Nothing is ever
// created from a name: every unknown one is listed, with the records that use it.
import type { Tx } from '@/lib/db/transaction';
import { ImportError } from './import-errors';
import type { ImportRelease } from './types';

export interface References {
  stacks: Map<string, { id: string; name: string }>;
  components: Map<string, { id: string; name: string }>;
  platforms: Map<string, { id: string; os: string; arch: string }>;
  teams: Map<string, { id: string; ngiCode: string; siteName: string }>;
  users: Map<string, { id: string }>;
}

export const componentRef = (stack: string, component: string) => `${stack}/${component}`;

/** "line 7" for CSV; "release #2 (glite/WMS gLite-3.2 3.2.5-0)" for JSON. */
function recordOf(origin: string): string {
  return origin.startsWith('line ') ? origin.split(' (')[0]! : origin.split(', ')[0]!;
}

function collect(releases: readonly ImportRelease[]) {
  const uses = { stack: new Map<string, string[]>(), component: new Map<string, string[]>(), platform: new Map<string, string[]>(), team: new Map<string, string[]>(), manager: new Map<string, string[]>() };
  const note = (kind: keyof typeof uses, name: string, origin: string) => uses[kind].set(name, [...(uses[kind].get(name) ?? []), recordOf(origin)]);
  for (const release of releases) {
    note('stack', release.stack, release.origin);
    note('component', componentRef(release.stack, release.component), release.origin);
    for (const platform of release.platforms) note('platform', platform, release.origin);
    for (const rollout of release.rollouts) {
      note('platform', rollout.platform, rollout.origin);
      if (rollout.manager) note('manager', rollout.manager, rollout.origin);
      for (const p of rollout.participations) note('team', p.team, p.origin);
    }
  }
  return uses;
}

export async function resolveReferences(tx: Tx, releases: readonly ImportRelease[]): Promise<References> {
  const uses = collect(releases);
  // One after the other: a transaction is one connection (pg deprecates overlapping queries on a client).
  const stacks = await tx.stack.findMany({ where: { slug: { in: [...uses.stack.keys()] } }, select: { id: true, slug: true, name: true } });
  const components = await tx.component.findMany({
    where: { OR: [...uses.component.keys()].map((ref) => ({ stack: { slug: ref.split('/')[0]! }, name: ref.slice(ref.indexOf('/') + 1) })) },
    select: { id: true, name: true, stack: { select: { slug: true } } },
  });
  const platforms = await tx.platform.findMany({ select: { id: true, os: true, arch: true } });
  const teams = await tx.team.findMany({ where: { name: { in: [...uses.team.keys()] } }, select: { id: true, name: true, site: { select: { name: true, ngi: { select: { code: true } } } } } });
  const users = await tx.user.findMany({ where: { email: { in: [...uses.manager.keys()] } }, select: { id: true, email: true } });
  const refs: References = {
    stacks: new Map(stacks.map((s) => [s.slug, { id: s.id, name: s.name }])),
    components: new Map(components.map((c) => [componentRef(c.stack.slug, c.name), { id: c.id, name: c.name }])),
    platforms: new Map(platforms.map((p) => [`${p.os} ${p.arch}`, p])),
    teams: new Map(teams.map((t) => [t.name, { id: t.id, ngiCode: t.site.ngi.code, siteName: t.site.name }])),
    users: new Map(users.map((u) => [u.email.toLowerCase(), { id: u.id }])),
  };
  const problems: string[] = [];
  const report = (kind: keyof typeof uses, label: string, known: Map<string, unknown>) => {
    for (const [name, origins] of uses[kind]) {
      if (known.has(name)) continue;
      const shown = [...new Set(origins)];
      problems.push(`unknown ${label} "${name}" (used by ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? `, and ${shown.length - 5} more` : ''}).`);
    }
  };
  report('stack', 'stack', refs.stacks);
  // A component of an unknown stack is already reported through its stack.
  report('component', 'component', new Map([...refs.components, ...[...uses.component.keys()].filter((ref) => !refs.stacks.has(ref.split('/')[0]!)).map((ref) => [ref, null] as const)]));
  report('platform', 'platform', refs.platforms);
  report('team', 'team', refs.teams);
  report('manager', 'manager e-mail', refs.users);
  if (problems.length) throw new ImportError(problems);
  return refs;
}
