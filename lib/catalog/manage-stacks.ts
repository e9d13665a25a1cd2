// Middleware stacks (ARC, gLite, UNICORE, ...) of a Technology Provider. Creating a stack also creates
// its mailing-list group early-adopters-<slug>, in the same transaction.
import 'server-only';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { inTransaction, type Tx, updateVersioned } from '@/lib/db/transaction';
import { stackListAddress, stackListGroup } from '@/lib/auth/group-names';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { ZCreateStack, ZEditStack } from './schemas';
import { equalsIgnoringCase } from '@/lib/db/like';
import { requireLive } from './live-entry';

/** `current`: the stack's provider now, which may have been retired since; any other must be live. */
async function requireProvider(tx: Tx, providerId: string, current?: string) {
  const provider = await tx.technologyProvider.findUnique({ where: { id: providerId } });
  if (!provider) throw new ValidationError('Unknown provider.', { providerId: ['Choose a Technology Provider from the list.'] });
  if (provider.id !== current) requireLive(provider, `The provider ${provider.name}`, 'providerId', 'no new stacks');
  return provider;
}

export async function createStack(user: CurrentUser, input: z.infer<typeof ZCreateStack>) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      await requireProvider(tx, input.providerId);
      if (await tx.stack.findUnique({ where: { slug: input.slug } })) throw new ValidationError('Slug taken.', { slug: ['Another stack uses this slug.'] });
      if (await tx.stack.findFirst({ where: { name: equalsIgnoringCase(input.name) } })) throw new ValidationError('Name taken.', { name: ['Another stack has this name.'] });
      const group = stackListGroup(input.slug);
      if (await tx.group.findUnique({ where: { name: group } })) throw new ValidationError('Group exists.', { slug: [`The group ${group} already exists.`] });
      const stack = await tx.stack.create({ data: { ...input, mailingList: input.mailingList || stackListAddress(input.slug) } });
      await tx.group.create({ data: { name: group, kind: 'STACK_LIST', stackId: stack.id, description: `Mailing list of the ${stack.name} Early Adopters` } });
      await recordAudit(tx, actorOf(user), { action: 'catalog.createStack', entityType: 'Stack', entityId: stack.id, after: { slug: stack.slug, name: stack.name, mailingList: stack.mailingList } });
      return stack;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError('This stack already exists.', { slug: ['Another stack uses this slug or name.'] });
    throw error;
  }
}

export async function updateStack(user: CurrentUser, input: z.infer<typeof ZEditStack>) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const stack = await tx.stack.findUnique({ where: { id: input.id } });
      if (!stack) throw new NotFoundError('This stack no longer exists.');
      await requireProvider(tx, input.providerId, stack.providerId);
      if (await tx.stack.findFirst({ where: { name: equalsIgnoringCase(input.name), id: { not: stack.id } } })) {
        throw new ValidationError('Name taken.', { name: ['Another stack has this name.'] });
      }
      const data = { name: input.name, providerId: input.providerId, mailingList: input.mailingList || stackListAddress(stack.slug), repoUrl: input.repoUrl };
      await updateVersioned(tx, 'stack', { id: stack.id, version: input.version }, data, 'This stack was changed by someone else; reload and try again.');
      await recordAudit(tx, actorOf(user), {
        action: 'catalog.editStack',
        entityType: 'Stack',
        entityId: stack.id,
        before: { name: stack.name, providerId: stack.providerId, mailingList: stack.mailingList, repoUrl: stack.repoUrl },
        after: data,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError('Name taken.', { name: ['Another stack has this name.'] });
    throw error;
  }
}
