// Which stacks a Staged Rollout Manager manages: the scope of their rollout permissions. Only members
// of the `staged-rollout` group can be linked to a stack.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import { NotFoundError, ValidationError } from '@/lib/errors';

export async function addStackManager(user: CurrentUser, input: { stackId: string; email: string }) {
  await inTransaction(async (tx) => {
    requirePermission(user, 'group.manage');
    const stack = await tx.stack.findUnique({ where: { id: input.stackId } });
    if (!stack) throw new NotFoundError('No such stack.');
    const manager = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { group: { name: MANAGERS_GROUP } } }, managedStacks: { where: { stackId: stack.id } } },
    });
    if (!manager || manager.memberships.length === 0) {
      throw new ValidationError(`${input.email} is not in the ${MANAGERS_GROUP} group; add them there first.`, { email: [`Not a member of ${MANAGERS_GROUP}.`] });
    }
    if (manager.managedStacks.length > 0) throw new ValidationError(`${input.email} already manages ${stack.name}.`, { email: ['Already a manager of this stack.'] });
    await tx.stackManager.create({ data: { userId: manager.id, stackId: stack.id } });
    await recordAudit(tx, actorOf(user), { action: 'stack.addManager', entityType: 'Stack', entityId: stack.id, after: { stack: stack.name, manager: manager.email } });
  });
}

export async function removeStackManager(user: CurrentUser, input: { stackId: string; email: string }) {
  await inTransaction(async (tx) => {
    requirePermission(user, 'group.manage');
    const link = await tx.stackManager.findFirst({ where: { stackId: input.stackId, user: { email: input.email } }, include: { stack: true, user: true } });
    if (!link) throw new NotFoundError('This person does not manage that stack.');
    await tx.stackManager.delete({ where: { userId_stackId: { userId: link.userId, stackId: link.stackId } } });
    await recordAudit(tx, actorOf(user), { action: 'stack.removeManager', entityType: 'Stack', entityId: link.stackId, before: { stack: link.stack.name, manager: link.user.email } });
  });
}
