// Step 8 of the procedure: a team flags its service `beta` in GOCDB for the rollout and removes the
// flag at release. An endpoint still read as BETA=Y after the team's rollout of that component was
// resolved (and with no newer rollout of the component open for the team) is a stale flag: it is
// listed on the coordinator's overview until a sync reads BETA=N (or the endpoint leaves GOCDB).
// The overview passes its reader: a rollout of an embargoed release names only rollouts they may see
// (lib/embargo); the worker's reminders pass none and see every rollout.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';

export interface StaleBetaFlag {
  endpointId: string;
  hostname: string;
  serviceType: string;
  readAt: Date;
  team: { id: string; name: string };
  rollout: { id: string; number: number; title: string; resolvedAt: Date | null };
}

const TOOK_PART = ['ACCEPTED', 'VOLUNTEERED'] as const;

export async function findStaleBetaFlags(client: Tx = db, reader?: { viewer: Viewer }): Promise<StaleBetaFlag[]> {
  const visible = reader ? rolloutVisibleWhere(reader.viewer) : {};
  // One after the other: `client` may be a transaction, which is one connection.
  const endpoints = await client.gocdbServiceEndpoint.findMany({
    where: { beta: true, removedAt: null, site: { team: { isNot: null } } },
    select: { id: true, hostname: true, serviceType: true, readAt: true, site: { select: { team: { select: { id: true, name: true } } } } },
    orderBy: [{ serviceType: 'asc' }, { hostname: 'asc' }],
  });
  const flags: StaleBetaFlag[] = [];
  for (const endpoint of endpoints) {
    const team = endpoint.site.team;
    if (!team) continue;
    const ofThisType = { releaseItem: { release: { component: { gocdbServiceType: endpoint.serviceType } } } };
    const open = await client.participation.findFirst({
      where: { teamId: team.id, status: { in: [...TOOK_PART, 'INVITED'] }, rollout: { status: { not: 'RESOLVED' }, ...ofThisType } },
      select: { id: true },
    });
    if (open) continue; // the flag may belong to a rollout still running
    const resolved = await client.participation.findFirst({
      where: { teamId: team.id, status: { in: [...TOOK_PART] }, rollout: { status: 'RESOLVED', ...ofThisType, ...visible } },
      orderBy: { rollout: { resolvedAt: 'desc' } },
      select: { rollout: { select: { id: true, number: true, title: true, resolvedAt: true } } },
    });
    if (!resolved) continue;
    flags.push({ endpointId: endpoint.id, hostname: endpoint.hostname, serviceType: endpoint.serviceType, readAt: endpoint.readAt, team, rollout: resolved.rollout });
  }
  return flags;
}
