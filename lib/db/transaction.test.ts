import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { createTeam } from '@/lib/seed/factories';
import { inTransaction, STALE_WRITE_MESSAGE, updateVersioned } from './transaction';

describe('updateVersioned', () => {
  it('writes at the version read and bumps it; a stale version is a ConflictError and writes nothing', async () => {
    const { team } = await createTeam(db);
    await inTransaction((tx) => updateVersioned(tx, 'team', team, { description: 'first' }));
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ description: 'first', version: team.version + 1 });

    const stale = inTransaction((tx) => updateVersioned(tx, 'team', team, { description: 'second' }, 'This team changed.'));
    await expect(stale).rejects.toThrow(new ConflictError('This team changed.'));
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ description: 'first', version: team.version + 1 });
  });

  it('without a version only bumps it; an extra condition that no longer holds is a conflict', async () => {
    const { team } = await createTeam(db);
    await updateVersioned(db, 'team', { id: team.id }, { description: 'bumped' });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).version).toBe(team.version + 1);
    await expect(updateVersioned(db, 'team', { id: team.id, where: { retiredAt: { not: null } } }, { description: 'no' })).rejects.toThrow(STALE_WRITE_MESSAGE);
  });

  it('rolls the whole transaction back when the versioned write conflicts', async () => {
    const { team } = await createTeam(db);
    const attempt = inTransaction(async (tx) => {
      await tx.team.update({ where: { id: team.id }, data: { description: 'half-written' } });
      await updateVersioned(tx, 'team', { id: team.id, version: team.version + 5 }, { description: 'never' });
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).description).toBe(team.description);
  });
});
