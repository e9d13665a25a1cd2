// Integration: entering StagedRollOut is all-or-nothing. When queuing the coordinators' notification
// fails, the item stays InVerification and no rollout ticket, audit row or message exists.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';

const failing = vi.hoisted(() => ({ kind: null as string | null }));

vi.mock('@/lib/notify/enqueue-message', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/notify/enqueue-message')>();
  return {
    ...original,
    enqueueMessage: async (...args: Parameters<typeof original.enqueueMessage>) => {
      if (args[1].kind === failing.kind) {
        // A real failed insert: the statement errors inside the transaction, as a broken outbox would.
        await args[0].$executeRawUnsafe('INSERT INTO "OutboxMessage" ("id") VALUES (NULL)');
      }
      return original.enqueueMessage(...args);
    },
  };
});

const { transitionReleaseItem } = await import('./transition-release-item');
const { makeCatalog, makeRelease, makeUser } = await import('./test-fixtures');

describe('entering StagedRollOut atomically', () => {
  it('writes nothing when the notification insert fails, and everything once it works', async () => {
    const catalog = await makeCatalog();
    await makeUser(['coordinator'], ['sw-rel-sr']);
    const verifier = await makeUser(['verifier']);
    const item = (await makeRelease({ catalog, states: ['IN_VERIFICATION'] })).items[0]!;
    const input = { to: 'STAGED_ROLLOUT' as const, expectedVersion: 1, reportUrl: 'https://verification.example.org/r/1' };

    failing.kind = 'rollout.created';
    await expect(transitionReleaseItem(verifier, { itemId: item.id }, input)).rejects.toThrow();
    expect(await db.releaseItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      state: 'IN_VERIFICATION',
      version: 1,
      verificationReportUrl: '',
    });
    expect(await db.rollout.count({ where: { releaseItemId: item.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: item.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'rollout.create', after: { path: ['title'], string_contains: catalog.component.name } } })).toBe(0);

    failing.kind = null;
    const result = await transitionReleaseItem(verifier, { itemId: item.id }, input);
    const rollout = await db.rollout.findUniqueOrThrow({ where: { releaseItemId: item.id } });
    expect(rollout.number).toBe(result.rollout!.number);
    expect(await db.outboxMessage.count({ where: { rolloutId: rollout.id, kind: 'rollout.created' } })).toBe(1);
  });
});
