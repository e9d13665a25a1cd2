// NGIs (National Grid Initiatives: IT, PT, CERN): created on their own or while creating a team, and
// renamed. The code is part of every team name (ea-<NGI>-<Site>) and of the GOCDB match, so it stays
// as created; only the display name changes.
import 'server-only';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { inTransaction, type Tx, updateVersioned } from '@/lib/db/transaction';
import { equalsIgnoringCase } from '@/lib/db/like';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { CreateNgiInput, EditNgiInput } from './schemas';

const codeTaken = (code: string) => new ValidationError(`The NGI ${code} already exists.`, { code: [`The NGI code ${code} is already used.`] });

/** Inserts the NGI and its audit row in the caller's transaction (team creation makes one on request). */
export async function insertNgi(tx: Tx, actor: Actor, input: CreateNgiInput) {
  if (await tx.ngi.findFirst({ where: { code: equalsIgnoringCase(input.code) } })) throw codeTaken(input.code);
  const ngi = await tx.ngi.create({ data: { code: input.code, name: input.name } });
  await recordAudit(tx, actor, { action: 'ngi.create', entityType: 'Ngi', entityId: ngi.id, after: { code: ngi.code, name: ngi.name } });
  return ngi;
}

export async function createNgi(user: CurrentUser, input: CreateNgiInput) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'team.create');
      return insertNgi(tx, actorOf(user), input);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(input.code);
    throw error;
  }
}

export async function updateNgi(user: CurrentUser, input: EditNgiInput) {
  await inTransaction(async (tx) => {
    requirePermission(user, 'team.edit');
    const ngi = await tx.ngi.findUnique({ where: { id: input.id } });
    if (!ngi) throw new NotFoundError('This NGI no longer exists.');
    await updateVersioned(tx, 'ngi', { id: ngi.id, version: input.version }, { name: input.name }, 'This NGI was changed by someone else since you read it; read it again and retry.');
    await recordAudit(tx, actorOf(user), { action: 'ngi.edit', entityType: 'Ngi', entityId: ngi.id, before: { name: ngi.name }, after: { name: input.name } });
  });
}
