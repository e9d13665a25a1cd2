// Technology Providers (EMI, IGE, EGI internal) and the platforms (OS + architecture) of the catalogue.
import 'server-only';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { ZCreatePlatform, ZCreateProvider, ZEditPlatform, ZEditProvider } from './schemas';
import { equalsIgnoringCase } from '@/lib/db/like';

const taken = (name: string) => new ValidationError(`A provider named ${name} already exists.`, { name: ['This name is already used.'] });

export async function createProvider(user: CurrentUser, input: z.infer<typeof ZCreateProvider>) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      if (await tx.technologyProvider.findFirst({ where: { name: equalsIgnoringCase(input.name) } })) throw taken(input.name);
      const provider = await tx.technologyProvider.create({ data: input });
      await recordAudit(tx, actorOf(user), { action: 'catalog.createProvider', entityType: 'TechnologyProvider', entityId: provider.id, after: input });
      return provider;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

export async function updateProvider(user: CurrentUser, input: z.infer<typeof ZEditProvider>) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const provider = await tx.technologyProvider.findUnique({ where: { id: input.id } });
      if (!provider) throw new NotFoundError('This provider no longer exists.');
      const clash = await tx.technologyProvider.findFirst({ where: { name: equalsIgnoringCase(input.name), id: { not: provider.id } } });
      if (clash) throw taken(input.name);
      await updateVersioned(
        tx,
        'technologyProvider',
        { id: provider.id, version: input.version },
        { name: input.name, external: input.external },
        'This provider was changed by someone else; reload and try again.',
      );
      await recordAudit(tx, actorOf(user), {
        action: 'catalog.editProvider',
        entityType: 'TechnologyProvider',
        entityId: provider.id,
        before: { name: provider.name, external: provider.external },
        after: { name: input.name, external: input.external },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

const platformTaken = (input: { os: string; arch: string }) =>
  new ValidationError(`${input.os} ${input.arch} already exists.`, { os: [`${input.os} ${input.arch} is already in the catalogue.`] });

export async function createPlatform(user: CurrentUser, input: z.infer<typeof ZCreatePlatform>) {
  const duplicate = () => platformTaken(input);
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const existing = await tx.platform.findFirst({ where: { os: equalsIgnoringCase(input.os), arch: equalsIgnoringCase(input.arch) } });
      if (existing) throw duplicate();
      const platform = await tx.platform.create({ data: input });
      await recordAudit(tx, actorOf(user), { action: 'catalog.createPlatform', entityType: 'Platform', entityId: platform.id, after: input });
      return platform;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** Corrects a platform's OS or architecture label; its components, commitments and release items follow it. */
export async function updatePlatform(user: CurrentUser, input: z.infer<typeof ZEditPlatform>) {
  try {
    await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const platform = await tx.platform.findUnique({ where: { id: input.id } });
      if (!platform) throw new NotFoundError('This platform no longer exists.');
      const clash = await tx.platform.findFirst({ where: { os: equalsIgnoringCase(input.os), arch: equalsIgnoringCase(input.arch), id: { not: platform.id } } });
      if (clash) throw platformTaken(input);
      const data = { os: input.os, arch: input.arch };
      await updateVersioned(tx, 'platform', { id: platform.id, version: input.version }, data, 'This platform was changed by someone else; reload and try again.');
      await recordAudit(tx, actorOf(user), { action: 'catalog.editPlatform', entityType: 'Platform', entityId: platform.id, before: { os: platform.os, arch: platform.arch }, after: data });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw platformTaken(input);
    throw error;
  }
}
