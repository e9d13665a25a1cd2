// Step 4 "select all EA teams for the test": the teams committed to this component AND platform
// first, then those committed to this component on another platform (e.g. CREAM on SL5 for an SL6
// rollout: the nearest substitutes), then the other teams committed to the same stack, each with its current load (open rollouts
// it is invited to or testing) so that work is spread, and whether it is already on this rollout.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import type { ParticipationStatus } from '@/lib/generated/prisma/enums';
import { LOAD_PARTICIPATION } from './participation-machine';
import { PROPOSAL_TIERS, type ProposalTier } from './proposal-tiers';

export interface TeamProposal {
  teamId: string;
  teamName: string;
  siteTimeZone: string;
  /** component: committed to this component on this platform; otherPlatform: to this component on
   *  another platform; stack: to another part of the stack. */
  tier: ProposalTier;
  /** What the team committed to in this stack, e.g. "CREAM SL5/x86_64, WMS SL5/x86_64". */
  commitments: string[];
  load: number;
  recipients: number;
  current: ParticipationStatus | null;
}

export async function proposeTeams(
  rollout: { id: string; componentId: string; platformId: string; stackId: string },
  client: Tx = db,
): Promise<TeamProposal[]> {
  const commitments = await client.commitment.findMany({
    where: { component: { stackId: rollout.stackId }, team: { retiredAt: null } },
    select: {
      teamId: true,
      componentId: true,
      platformId: true,
      component: { select: { name: true } },
      platform: { select: { os: true, arch: true } },
      team: { select: { id: true, name: true, site: { select: { timeZone: true } }, _count: { select: { contacts: true } } } },
    },
  });
  const byTeam = new Map<string, TeamProposal>();
  for (const commitment of commitments) {
    const sameComponent = commitment.componentId === rollout.componentId;
    const tier: ProposalTier = sameComponent && commitment.platformId === rollout.platformId ? 'component' : sameComponent ? 'otherPlatform' : 'stack';
    const entry = byTeam.get(commitment.teamId) ?? {
      teamId: commitment.team.id,
      teamName: commitment.team.name,
      siteTimeZone: commitment.team.site.timeZone,
      tier,
      commitments: [],
      load: 0,
      recipients: commitment.team._count.contacts,
      current: null,
    };
    // A team's best commitment decides its group.
    if (PROPOSAL_TIERS.indexOf(tier) < PROPOSAL_TIERS.indexOf(entry.tier)) entry.tier = tier;
    entry.commitments.push(`${commitment.component.name} ${commitment.platform.os}/${commitment.platform.arch}`);
    byTeam.set(commitment.teamId, entry);
  }
  const teamIds = [...byTeam.keys()];
  const [loads, mine] = await Promise.all([
    client.participation.groupBy({
      by: ['teamId'],
      where: { teamId: { in: teamIds }, status: { in: [...LOAD_PARTICIPATION] }, rollout: { status: 'OPEN' } },
      _count: { _all: true },
    }),
    client.participation.findMany({ where: { rolloutId: rollout.id }, select: { teamId: true, status: true } }),
  ]);
  for (const row of loads) byTeam.get(row.teamId)!.load = row._count._all;
  for (const row of mine) {
    const entry = byTeam.get(row.teamId);
    if (entry) entry.current = row.status;
  }
  return [...byTeam.values()]
    .map((entry) => ({ ...entry, commitments: [...new Set(entry.commitments)].sort() }))
    .sort((a, b) => PROPOSAL_TIERS.indexOf(a.tier) - PROPOSAL_TIERS.indexOf(b.tier) || a.load - b.load || a.teamName.localeCompare(b.teamName));
}
