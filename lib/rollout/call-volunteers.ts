// Step 7.1: nobody accepted, so the manager asks the stack's mailing list early-adopters-<stack> for
// volunteers: one message per rollout (dedupe), volunteersCalledAt set, audited.
import 'server-only';
import { stackListAddress } from '@/lib/auth/group-names';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, rolloutFacts, updateRolloutGuarded } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { volunteersMessage } from './messages';
import { ACTIVE_PARTICIPATION } from './participation-machine';
import { releaseRepositoryUrl } from '@/lib/releases/repository-url';

export async function callVolunteers(user: CurrentUser, number: number, input: { note: string; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack, component, platform, version, release } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.callVolunteers', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator calls for volunteers.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'callVolunteers');
    const { embargoedUntil } = rollout.releaseItem.release;
    if (embargoedUntil && embargoedUntil > new Date()) {
      throw new ConflictError(
        `This security release is under embargo until ${formatDateTime(embargoedUntil, user.timeZone)}: no call goes to the public list ${stackListAddress(stack.slug)}. Invite volunteer teams one by one instead.`,
      );
    }
    if (rollout.volunteersCalledAt) throw new ConflictError(`Volunteers were already called on ${formatDateTime(rollout.volunteersCalledAt, user.timeZone)}.`);
    const active = await tx.participation.count({ where: { rolloutId: rollout.id, status: { in: [...ACTIVE_PARTICIPATION] } } });
    if (active > 0) throw new ConflictError(`${active} team${active === 1 ? ' has' : 's have'} already accepted; there is no need to call for volunteers.`);
    const now = new Date();
    await updateRolloutGuarded(tx, rollout, { volunteersCalledAt: now });
    const list = stackListAddress(stack.slug);
    const ref = { number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
    await enqueueMessage(tx, {
      kind: 'rollout.volunteers',
      recipients: [list],
      rolloutId: rollout.id,
      dedupeKey: `rollout.volunteers:${rollout.id}`,
      ...volunteersMessage(
        ref,
        { stackName: stack.name, component: component.name, version, platform: `${platform.os} ${platform.arch}`, repoUrl: releaseRepositoryUrl(stack.repoUrl, release.umdMajor, 'testing') },
        `${user.name}, Staged Rollout Manager`,
        input.note,
      ),
    });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.callVolunteers',
      entityType: 'Rollout',
      entityId: rollout.id,
      before: { volunteersCalledAt: null, version: rollout.version },
      after: { volunteersCalledAt: now, list, version: rollout.version + 1 },
    });
    return { message: `Volunteers called on ${list}.` };
  });
}
