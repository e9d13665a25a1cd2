// The numbers on the home page: one round of cheap counts.
import 'server-only';
import { db } from '@/lib/db/client';

export interface Overview {
  teams: number;
  ngis: number;
  components: number;
  componentsWithoutTeam: number;
  rolloutsInProgress: number;
  rolloutsNew: number;
  releasesInProduction: number;
}

export async function getOverview(): Promise<Overview> {
  const [teams, ngis, components, componentsWithoutTeam, rolloutsInProgress, rolloutsNew, releasesInProduction] = await Promise.all([
    db.team.count({ where: { retiredAt: null } }),
    db.ngi.count({ where: { sites: { some: { team: { retiredAt: null } } } } }),
    db.component.count({ where: { retiredAt: null } }),
    db.component.count({ where: { retiredAt: null, commitments: { none: { team: { retiredAt: null } } } } }),
    db.rollout.count({ where: { status: 'OPEN' } }),
    db.rollout.count({ where: { status: 'NEW' } }),
    db.release.count({ where: { productionAt: { not: null } } }),
  ]);
  return { teams, ngis, components, componentsWithoutTeam, rolloutsInProgress, rolloutsNew, releasesInProduction };
}
