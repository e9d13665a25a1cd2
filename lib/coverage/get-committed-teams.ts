// The teams behind one matrix cell (a component on a platform) or behind its total (all platforms):
// active teams only, each with the platforms it committed on and its contacts.
import 'server-only';
import { db } from '@/lib/db/client';
import { comparePlatforms } from './compute-coverage';

export interface CommittedTeam {
  id: string;
  name: string;
  platforms: string[];
  contacts: { email: string; name: string }[];
}

export interface CommittedTeams {
  component: { id: string; name: string; stackName: string; stackSlug: string };
  platform: { id: string; os: string; arch: string } | null;
  teams: CommittedTeam[];
}

/** Null when the component (or the platform) does not exist. */
export async function getCommittedTeams(componentId: string, platformId?: string | null): Promise<CommittedTeams | null> {
  const [component, platform, commitments] = await Promise.all([
    db.component.findUnique({ where: { id: componentId }, select: { id: true, name: true, stack: { select: { name: true, slug: true } } } }),
    platformId ? db.platform.findUnique({ where: { id: platformId }, select: { id: true, os: true, arch: true } }) : null,
    db.commitment.findMany({
      where: { componentId, ...(platformId ? { platformId } : {}), team: { retiredAt: null } },
      select: {
        platform: { select: { id: true, os: true, arch: true } },
        team: { select: { id: true, name: true, contacts: { select: { email: true, name: true }, orderBy: { email: 'asc' } } } },
      },
    }),
  ]);
  if (!component || (platformId && !platform)) return null;
  const teams = new Map<string, CommittedTeam & { platformRefs: { id: string; os: string; arch: string }[] }>();
  for (const { team, platform: on } of commitments) {
    const entry = teams.get(team.id) ?? { id: team.id, name: team.name, platforms: [], contacts: team.contacts, platformRefs: [] };
    entry.platformRefs.push(on);
    teams.set(team.id, entry);
  }
  return {
    component: { id: component.id, name: component.name, stackName: component.stack.name, stackSlug: component.stack.slug },
    platform,
    teams: [...teams.values()]
      .map(({ platformRefs, ...team }) => ({ ...team, platforms: platformRefs.sort(comparePlatforms).map((p) => `${p.os} ${p.arch}`) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
