// Step 11: the production exposure. The team says "installed" and the period starts, ending after
// the readiness policy's default (7 days; 2 for emergency or security releases by the document); the
// manager may move the end, giving a reason when it leaves the policy's range.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, ValidationError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { zonedToInstant } from '@/lib/time/working-days';
import { exposureOutsidePolicy, policyKindOf } from '@/lib/readiness/policy';
import { currentPolicy } from '@/lib/readiness/policy-store';
import { exposureEndProblem } from './exposure';
import { loadParticipation, requireFreshParticipation, updateParticipationGuarded } from './load-participation';
import { loadRolloutContext, requireRolloutEvent, rolloutFacts } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { isActiveParticipation } from './participation-machine';
import { openTeamAction } from './team-action';

export async function startExposure(user: CurrentUser, number: number, input: { teamId: string; version?: number }): Promise<{ message: string; exposureEnd: Date }> {
  return inTransaction(async (tx) => {
    const { rollout, participation } = await openTeamAction(tx, user, number, input);
    if (participation.exposureStart) throw new ConflictError(`${participation.team.name}’s exposure period has already started.`);
    const { release } = rolloutFacts(rollout);
    const now = new Date();
    const policy = await currentPolicy(tx, policyKindOf(release));
    // A manager's shortened exposure for this rollout (supersession), else the policy's default.
    const days = rollout.exposureDays ?? policy.exposureDefaultDays;
    const exposureEnd = new Date(now.getTime() + days * 86_400_000);
    await updateParticipationGuarded(tx, participation, { exposureStart: now, exposureEnd }, { exposureStart: null });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.exposureStart',
      entityType: 'Participation',
      entityId: participation.id,
      before: { exposureStart: null, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, exposureStart: now, exposureEnd, days, policy: { kind: policy.kind, version: policy.version }, version: participation.version + 1 },
    });
    return { message: `Installed: the exposure period runs for ${days} day${days === 1 ? '' : 's'}.`, exposureEnd };
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
  input: { teamId: string; exposureEnd: string; reason?: string; version?: number },
): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.resolve', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator changes an exposure period.`);
    const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
    requireFreshParticipation(participation, input.version);
    requireRolloutEvent(rollout, 'setExposureEnd');
    if (!isActiveParticipation(participation.status) || !participation.exposureStart) {
      throw new ConflictError(`${participation.team.name} has not started its exposure period yet.`);
    }
    const end = parseInstant(input.exposureEnd, user.timeZone);
    const problem = exposureEndProblem(participation.exposureStart, end);
    if (problem) throw new ValidationError(problem, { exposureEnd: [problem] });
    const policy = await currentPolicy(tx, policyKindOf(rolloutFacts(rollout).release));
    const outside = exposureOutsidePolicy(participation.exposureStart, end, policy);
    const reason = input.reason?.trim() ?? '';
    if (outside && reason.length < 10) {
      const message = `${outside}: give the reason for this exposure (at least 10 characters).`;
      throw new ValidationError(message, { reason: [message] });
    }
    const exposureReason = outside ? reason : null;
    await updateParticipationGuarded(tx, participation, { exposureEnd: end, exposureReason });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.exposureEnd',
      entityType: 'Participation',
      entityId: participation.id,
      before: { exposureEnd: participation.exposureEnd, exposureReason: participation.exposureReason, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, exposureEnd: end, outsidePolicy: outside, exposureReason, version: participation.version + 1 },
    });
    const note = outside ? ` (outside the policy: ${outside}; reason recorded)` : '';
    return { message: `${participation.team.name}’s exposure now ends ${formatDateTime(end, user.timeZone)}${note}.` };
  });
}
