// NGIs (National Grid Initiatives: IT, PT, CERN): created on their own or while creating a team, and
// renamed. The code is part of every team name (ea-<NGI>-<Site>) and of the GOCDB match, so it stays
// as created; only the display name changes.
import 'server-only';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { equalsIgnoringCase } from '@/lib/db/like';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { CreateNgiInput, EditNgiInput } from './schemas';

const codeTaken = (code: string) => new ValidationError(`The NGI ${code} already exists.`, { code: [`The NGI code ${code} is already used.`] });

/** Inserts the NGI and its audit row in the caller's transaction (team creation makes one on request). */
export async function insertNgi(tx: Tx, actor: Actor, input: CreateNgiInput) {
  if (await tx.ngi.findFirst({ where: { code: equalsIgnoringCase(input.code) } })) throw codeTaken(input.code);
  const ngi = await tx.ngi.create({ data: { code: input.code, name: input.name } });
  await recordAudit(tx, actor, { action: 'ngi.create', entityType: 'Ngi', entityId: ngi.id, after: { code: ngi.code, name: ngi.name } });
  return ngi;
}

export async function createNgi(actor: Actor, input: CreateNgiInput) {
  try {
    return await db.$transaction((tx) => insertNgi(tx, actor, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(input.code);
    throw error;
  }
}

export async function updateNgi(actor: Actor, input: EditNgiInput) {
  await db.$transaction(async (tx) => {
    const ngi = await tx.ngi.findUnique({ where: { id: input.id } });
    if (!ngi) throw new NotFoundError('This NGI no longer exists.');
    const updated = await tx.ngi.updateMany({ where: { id: ngi.id, version: input.version }, data: { name: input.name, version: { increment: 1 } } });
    if (updated.count === 0) throw new ConflictError('This NGI was changed by someone else since you read it; read it again and retry.');
    await recordAudit(tx, actor, { action: 'ngi.edit', entityType: 'Ngi', entityId: ngi.id, before: { name: ngi.name }, after: { name: input.name } });
  });
}
