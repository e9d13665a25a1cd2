// The numbers on the home page: one round of cheap counts.
import 'server-only';
import { db } from '@/lib/db/client';
import { releaseVisibleWhere, rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

export interface Overview {
  teams: number;
  ngis: number;
  components: number;
  componentsWithoutTeam: number;
  rolloutsInProgress: number;
  rolloutsNew: number;
  releasesInProduction: number;
}

export async function getOverview(viewer: Viewer): Promise<Overview> {
  const visible = rolloutVisibleWhere(viewer);
  const [teams, ngis, components, componentsWithoutTeam, rolloutsInProgress, rolloutsNew, releasesInProduction] = await Promise.all([
    db.team.count({ where: { retiredAt: null } }),
    db.ngi.count({ where: { sites: { some: { team: { retiredAt: null } } } } }),
    db.component.count({ where: { retiredAt: null } }),
    db.component.count({ where: { retiredAt: null, commitments: { none: { team: { retiredAt: null } } } } }),
    db.rollout.count({ where: { status: 'OPEN', ...visible } }),
    db.rollout.count({ where: { status: 'NEW', ...visible } }),
    db.release.count({ where: { productionAt: { not: null }, ...releaseVisibleWhere(viewer) } }),
  ]);
  return { teams, ngis, components, componentsWithoutTeam, rolloutsInProgress, rolloutsNew, releasesInProduction };
}
