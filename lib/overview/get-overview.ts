// The numbers on the home page: one round of cheap counts, cached per embargo view (lib/cache) and
// shared by every reader with that view until a table it counts changes.
import 'server-only';
import { shareableViewer } from '@/lib/cache/shareable-viewer';
import { cacheTables } from '@/lib/cache/table-tags';
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
  return getSharedOverview(shareableViewer(viewer));
}

async function getSharedOverview(viewer: Viewer): Promise<Overview> {
  'use cache';
  cacheTables('Team', 'Ngi', 'Site', 'Component', 'Commitment', 'Rollout', 'ReleaseItem', 'Release', 'Participation');
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
