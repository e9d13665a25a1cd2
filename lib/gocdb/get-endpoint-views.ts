// The GOCDB endpoints the pages show: per participation of a rollout (the team's site's endpoints of the
// component's service type, with the beta check), and per commitment of a team (the platform hint).
import 'server-only';
import { db } from '@/lib/db/client';
import { type BetaCheck, checkBeta } from './beta-check';
import { type PlatformMismatch, platformMismatch } from './platform-match';

const ENDPOINT_FIELDS = { id: true, hostname: true, serviceType: true, hostOs: true, hostArch: true, beta: true, inProduction: true, monitored: true, readAt: true } as const;

export async function getRolloutEndpoints(rolloutId: string) {
  const rollout = await db.rollout.findUnique({
    where: { id: rolloutId },
    select: {
      status: true,
      releaseItem: { select: { release: { select: { component: { select: { name: true, gocdbServiceType: true } } } } } },
      participations: {
        where: { status: { in: ['INVITED', 'ACCEPTED', 'VOLUNTEERED'] } },
        select: { id: true, beta: true, status: true, team: { select: { name: true, siteId: true } } },
        orderBy: { team: { name: 'asc' } },
      },
    },
  });
  const serviceType = rollout?.releaseItem.release.component.gocdbServiceType ?? null;
  if (!rollout || !serviceType) return { serviceType: null, component: rollout?.releaseItem.release.component.name ?? '', rows: [] };
  const resolved = rollout.status === 'RESOLVED';
  const endpoints = await db.gocdbServiceEndpoint.findMany({
    where: { serviceType, removedAt: null, siteId: { in: rollout.participations.map((p) => p.team.siteId) } },
    select: { ...ENDPOINT_FIELDS, siteId: true },
    orderBy: { hostname: 'asc' },
  });
  const rows = rollout.participations.map((participation) => {
    const mine = endpoints.filter((endpoint) => endpoint.siteId === participation.team.siteId);
    const check: BetaCheck = participation.status === 'INVITED' && !resolved ? { kind: 'agrees' } : checkBeta(participation.beta, resolved, mine);
    return { participationId: participation.id, team: participation.team.name, declared: participation.beta, endpoints: mine, check };
  });
  return { serviceType, component: rollout.releaseItem.release.component.name, rows };
}

export interface PlatformHint {
  component: string;
  platform: string;
  hostname: string;
  hostOs: string;
  hostArch: string;
  readAt: Date;
  mismatch: PlatformMismatch;
}

export async function getTeamPlatformHints(teamId: string): Promise<PlatformHint[]> {
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      siteId: true,
      commitments: { select: { component: { select: { name: true, gocdbServiceType: true } }, platform: { select: { os: true, arch: true } } } },
    },
  });
  if (!team) return [];
  const types = [...new Set(team.commitments.map((c) => c.component.gocdbServiceType).filter((type): type is string => Boolean(type)))];
  if (types.length === 0) return [];
  const endpoints = await db.gocdbServiceEndpoint.findMany({ where: { siteId: team.siteId, serviceType: { in: types }, removedAt: null }, select: ENDPOINT_FIELDS, orderBy: { hostname: 'asc' } });
  const hints: PlatformHint[] = [];
  for (const commitment of team.commitments) {
    const ofType = endpoints.filter((endpoint) => endpoint.serviceType === commitment.component.gocdbServiceType);
    // A site may run several platforms of a service: only a hint when none of them matches the commitment.
    if (ofType.length === 0 || ofType.some((endpoint) => platformMismatch(commitment.platform, endpoint) === null)) continue;
    for (const endpoint of ofType) {
      hints.push({
        component: commitment.component.name,
        platform: `${commitment.platform.os} ${commitment.platform.arch}`,
        hostname: endpoint.hostname,
        hostOs: endpoint.hostOs,
        hostArch: endpoint.hostArch,
        readAt: endpoint.readAt,
        mismatch: platformMismatch(commitment.platform, endpoint)!,
      });
    }
  }
  return hints;
}

/** Every synced endpoint of the team's site (only the catalogue's service types are synced). */
export async function getTeamSiteEndpoints(teamId: string) {
  return db.gocdbServiceEndpoint.findMany({ where: { removedAt: null, site: { team: { id: teamId } } }, select: ENDPOINT_FIELDS, orderBy: [{ serviceType: 'asc' }, { hostname: 'asc' }] });
}
