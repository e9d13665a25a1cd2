// The manager of a rollout that supersedes an older one may ask for a shorter exposure for the new version
// (the fix of what the teams already exposed), within the readiness policy's range for its release type,
// with a reason (shown on the ticket, audited). Teams that start their exposure afterwards get that length.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, ValidationError } from '@/lib/errors';
import { policyKindOf } from '@/lib/readiness/policy';
import { currentPolicy } from '@/lib/readiness/policy-store';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, rolloutFacts, updateRolloutGuarded } from '@/lib/rollout/load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';

export async function shortenExposure(user: CurrentUser, number: number, input: { days: number; reason: string; version?: number }) {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack, release } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.selectTeams', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator sets the exposure.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'invite');
    const supersedes = await tx.rollout.findFirst({ where: { supersededById: rollout.id }, select: { number: true } });
    if (!supersedes) throw new ConflictError('Only a rollout that supersedes an older version can have its exposure shortened.');
    const policy = await currentPolicy(tx, policyKindOf(release));
    if (input.days < policy.exposureMinDays || input.days >= policy.exposureDefaultDays) {
      const message = `Choose between ${policy.exposureMinDays} and ${policy.exposureDefaultDays - 1} days (the policy for this release type allows ${policy.exposureMinDays} at least; ${policy.exposureDefaultDays} is the default).`;
      throw new ValidationError(message, { days: [message] });
    }
    await updateRolloutGuarded(tx, rollout, { exposureDays: input.days, exposureDaysReason: input.reason });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.exposureShortened',
      entityType: 'Rollout',
      entityId: rollout.id,
      before: { exposureDays: rollout.exposureDays, version: rollout.version },
      after: { exposureDays: input.days, reason: input.reason, supersedes: supersedes.number, policy: { kind: policy.kind, version: policy.version }, version: rollout.version + 1 },
    });
    return { message: `Exposure for this rollout: ${input.days} day${input.days === 1 ? '' : 's'}.` };
  });
}
