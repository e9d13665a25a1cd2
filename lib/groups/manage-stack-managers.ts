// Which stacks a Staged Rollout Manager manages: the scope of their rollout permissions. Only members
// of the `staged-rollout` group can be linked to a stack.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { MANAGERS_GROUP } from '@/lib/auth/group-names';
import { NotFoundError, ValidationError } from '@/lib/errors';

export async function addStackManager(actor: Actor, input: { stackId: string; email: string }) {
  await inTransaction(async (tx) => {
    const stack = await tx.stack.findUnique({ where: { id: input.stackId } });
    if (!stack) throw new NotFoundError('No such stack.');
    const user = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { group: { name: MANAGERS_GROUP } } }, managedStacks: { where: { stackId: stack.id } } },
    });
    if (!user || user.memberships.length === 0) {
      throw new ValidationError(`${input.email} is not in the ${MANAGERS_GROUP} group; add them there first.`, { email: [`Not a member of ${MANAGERS_GROUP}.`] });
    }
    if (user.managedStacks.length > 0) throw new ValidationError(`${input.email} already manages ${stack.name}.`, { email: ['Already a manager of this stack.'] });
    await tx.stackManager.create({ data: { userId: user.id, stackId: stack.id } });
    await recordAudit(tx, actor, { action: 'stack.addManager', entityType: 'Stack', entityId: stack.id, after: { stack: stack.name, manager: user.email } });
  });
}

export async function removeStackManager(actor: Actor, input: { stackId: string; email: string }) {
  await inTransaction(async (tx) => {
    const link = await tx.stackManager.findFirst({ where: { stackId: input.stackId, user: { email: input.email } }, include: { stack: true, user: true } });
    if (!link) throw new NotFoundError('This person does not manage that stack.');
    await tx.stackManager.delete({ where: { userId_stackId: { userId: link.userId, stackId: link.stackId } } });
    await recordAudit(tx, actor, { action: 'stack.removeManager', entityType: 'Stack', entityId: link.stackId, before: { stack: link.stack.name, manager: link.user.email } });
  });
}
