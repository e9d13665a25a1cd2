// Step 8 (optional): the team marks its service "beta" in the site registry for the rollout only; the
// app records when it was set and removed, shows it, and reminds the team to remove it at the end.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError } from '@/lib/errors';
import { loadParticipation, requireFreshParticipation, updateParticipationGuarded } from './load-participation';
import { loadRolloutContext, requireRolloutEvent } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { isActiveParticipation } from './participation-machine';

export async function setBetaFlag(user: CurrentUser, number: number, input: { teamId: string; beta: boolean; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    requirePermission(user, 'rollout.participate', { teamId: input.teamId }, 'Only a member of that team can do this for it.');
    const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
    requireFreshParticipation(participation, input.version);
    if (participation.beta === input.beta) {
      throw new ConflictError(input.beta ? 'The beta flag is already recorded as set.' : 'The beta flag is already recorded as removed.');
    }
    // Setting needs an open rollout the team is testing; removing stays possible afterwards, since
    // that is exactly what the end-of-rollout reminder asks for.
    if (input.beta) {
      requireRolloutEvent(rollout, 'participate');
      if (!isActiveParticipation(participation.status)) throw new ConflictError(`${participation.team.name} is not doing this test; accept or volunteer first.`);
    }
    const now = new Date();
    const data = input.beta ? { beta: true, betaSetAt: now, betaRemovedAt: null } : { beta: false, betaRemovedAt: now };
    await updateParticipationGuarded(tx, participation, data);
    await recordAudit(tx, actorOf(user), {
      action: input.beta ? 'rollout.betaSet' : 'rollout.betaRemoved',
      entityType: 'Participation',
      entityId: participation.id,
      before: { beta: participation.beta, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, ...data, version: participation.version + 1 },
    });
    return { message: input.beta ? 'Beta flag recorded as set; remember to remove it when the rollout ends.' : 'Beta flag recorded as removed.' };
  });
}
