// The common opening of every step a taking-part team does (steps 8-12: beta flag, notes, exposure,
// findings, report): the team's permission as loaded, the page's version, the rollout open, and the
// team actually doing the test (accepted or volunteered).
import 'server-only';
import type { CurrentUser } from '@/lib/auth/principal';
import type { Permission } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/transaction';
import { ConflictError } from '@/lib/errors';
import { loadParticipation, requireFreshParticipation, type ParticipationContext } from './load-participation';
import { loadRolloutContext, requireRolloutEvent, type RolloutContext } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { isActiveParticipation } from './participation-machine';
import type { RolloutEvent } from './rollout-machine';

export interface TeamActionContext {
  rollout: RolloutContext;
  participation: ParticipationContext;
}

export async function openTeamAction(
  tx: Tx,
  user: CurrentUser,
  number: number,
  input: { teamId: string; version?: number },
  permission: Permission = 'rollout.participate',
  event: RolloutEvent = 'participate',
): Promise<TeamActionContext> {
  const rollout = await loadRolloutContext(tx, number, user);
  requirePermission(user, permission, { teamId: input.teamId }, 'Only a member of that team can do this for it.');
  const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
  requireFreshParticipation(participation, input.version);
  requireRolloutEvent(rollout, event);
  if (!isActiveParticipation(participation.status)) {
    throw new ConflictError(`${participation.team.name} is not doing this test (it is ${participation.status.toLowerCase()}); accept or volunteer first.`);
  }
  return { rollout, participation };
}
