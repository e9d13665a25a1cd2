// Step 11: the production exposure. The team says "installed" and the period starts, ending by
// default after 7 days (2 for emergency or security releases); the manager may move the end.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, ValidationError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { zonedToInstant } from '@/lib/time/working-days';
import { defaultExposureDays, defaultExposureEnd, exposureEndProblem } from './exposure';
import { loadParticipation, requireFreshParticipation, updateParticipationGuarded } from './load-participation';
import { inTransaction, loadRolloutContext, requirePermission, requireRolloutEvent, rolloutFacts } from './load-rollout';
import { isActiveParticipation } from './participation-machine';
import { openTeamAction } from './team-action';

export async function startExposure(user: CurrentUser, number: number, input: { teamId: string; version?: number }): Promise<{ message: string; exposureEnd: Date }> {
  return inTransaction(async (tx) => {
    const { rollout, participation } = await openTeamAction(tx, user, number, input);
    if (participation.exposureStart) throw new ConflictError(`${participation.team.name}’s exposure period has already started.`);
    const { release } = rolloutFacts(rollout);
    const now = new Date();
    const exposureEnd = defaultExposureEnd(now, release);
    await updateParticipationGuarded(tx, participation, { exposureStart: now, exposureEnd }, { exposureStart: null });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.exposureStart',
      entityType: 'Participation',
      entityId: participation.id,
      before: { exposureStart: null, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, exposureStart: now, exposureEnd, days: defaultExposureDays(release), version: participation.version + 1 },
    });
    return { message: `Installed: the exposure period runs for ${defaultExposureDays(release)} days.`, exposureEnd };
  });
}

/** A datetime-local value (read in `timeZone`) or an ISO 8601 instant with an offset. */
export function parseInstant(value: string, timeZone: string): Date {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  return local ? zonedToInstant(local[1]!, `${local[2]}${local[3] ?? ':00'}`, timeZone) : new Date(value);
}

export async function changeExposureEnd(
  user: CurrentUser,
  number: number,
  input: { teamId: string; exposureEnd: string; version?: number },
): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number);
    const { stack } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.close', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator changes an exposure period.`);
    const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
    requireFreshParticipation(participation, input.version);
    requireRolloutEvent(rollout, 'setExposureEnd');
    if (!isActiveParticipation(participation.status) || !participation.exposureStart) {
      throw new ConflictError(`${participation.team.name} has not started its exposure period yet.`);
    }
    const end = parseInstant(input.exposureEnd, user.timeZone);
    const problem = exposureEndProblem(participation.exposureStart, end);
    if (problem) throw new ValidationError(problem, { exposureEnd: [problem] });
    await updateParticipationGuarded(tx, participation, { exposureEnd: end });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.exposureEnd',
      entityType: 'Participation',
      entityId: participation.id,
      before: { exposureEnd: participation.exposureEnd, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, exposureEnd: end, version: participation.version + 1 },
    });
    return { message: `${participation.team.name}’s exposure now ends ${formatDateTime(end, user.timeZone)}.` };
  });
}
