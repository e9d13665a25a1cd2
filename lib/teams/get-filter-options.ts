// The choices offered by the teams table's filters: NGIs with teams, stacks, component names, OSes and
// architectures of the catalogue.
import 'server-only';
import { db } from '@/lib/db/client';

export interface TeamFilterOptions {
  ngis: { code: string; name: string }[];
  stacks: { slug: string; name: string }[];
  components: string[];
  oses: string[];
  arches: string[];
}

export async function getTeamFilterOptions(): Promise<TeamFilterOptions> {
  const [ngis, stacks, components, platforms] = await Promise.all([
    db.ngi.findMany({ where: { sites: { some: { team: { isNot: null } } } }, select: { code: true, name: true }, orderBy: { code: 'asc' } }),
    db.stack.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    db.component.findMany({ select: { name: true }, distinct: ['name'], orderBy: { name: 'asc' } }),
    db.platform.findMany({ select: { os: true, arch: true } }),
  ]);
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    ngis,
    stacks,
    components: components.map((component) => component.name),
    oses: sorted(platforms.map((platform) => platform.os)),
    arches: sorted(platforms.map((platform) => platform.arch)),
  };
}
