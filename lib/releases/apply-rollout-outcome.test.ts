// Integration: the staged-rollout outcome moves the child ticket, marks the release in production
// when every live PPA is there, and queues the provider's outcome and the production announcement.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { DEFAULT_PRODUCTION_ANNOUNCE_LISTS, productionAnnouncementRecipients } from './announcement-lists';
import { applyRolloutOutcome } from './apply-rollout-outcome';
import { makeCatalog, makeRelease, makeUser } from './test-fixtures';

const actor = { id: null, label: 'manager@test.local' };

async function stagedRelease(states: ('STAGED_ROLLOUT' | 'UNVERIFIED')[] = ['STAGED_ROLLOUT', 'STAGED_ROLLOUT']) {
  const catalog = await makeCatalog();
  const submitter = await makeUser(['provider']);
  const release = await makeRelease({ catalog, states, submittedById: submitter.id });
  const rollouts = [];
  for (const item of release.items) {
    if (item.state !== 'STAGED_ROLLOUT') continue;
    rollouts.push(
      await db.rollout.create({
        data: { releaseItemId: item.id, title: `Staged Rollout ${item.id}`, knownIssues: 'Restart the daemon after upgrade.' },
      }),
    );
  }
  return { catalog, submitter, release, rollouts };
}

afterEach(() => {
  delete process.env.PRODUCTION_ANNOUNCE_TO;
});

describe('applyRolloutOutcome', () => {
  it('accepts one PPA, rejects the other, and marks the release in production after the last one', async () => {
    const { submitter, release, rollouts } = await stagedRelease();
    const [first, second] = release.items;

    const accepted = await db.$transaction((tx) =>
      applyRolloutOutcome(tx, { releaseItemId: first!.id, outcome: 'ACCEPT', documentNumber: 42, actor }),
    );
    expect(accepted).toEqual({ state: 'PRODUCTION', releaseInProduction: false });
    expect((await db.release.findUniqueOrThrow({ where: { id: release.id } })).productionAt).toBeNull();

    const toProvider = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.outcome:${first!.id}` } });
    expect(toProvider.kind).toBe('release.outcome');
    expect(toProvider.recipients).toEqual([submitter.email]);
    expect(toProvider.subject).toContain(`sw-rel #${release.number}`);
    expect(toProvider.subject).toContain('ACCEPT');
    expect(toProvider.text).toContain('document: #42');
    expect(toProvider.rolloutId).toBe(rollouts[0]!.id);

    const announcement = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.production:${first!.id}` } });
    expect(announcement.kind).toBe('release.production');
    expect(announcement.recipients.sort()).toEqual(DEFAULT_PRODUCTION_ANNOUNCE_LISTS.map((l) => l.address).sort());
    expect(announcement.text).toContain('Restart the daemon after upgrade.');

    const rejected = await db.$transaction((tx) =>
      applyRolloutOutcome(tx, { releaseItemId: second!.id, outcome: 'REJECT', documentNumber: 43, actor }),
    );
    expect(rejected).toEqual({ state: 'ROLLOUT_REJECTED', releaseInProduction: true });
    expect((await db.release.findUniqueOrThrow({ where: { id: release.id } })).productionAt).toBeInstanceOf(Date);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `release.production:${second!.id}` } })).toBe(0);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.outcome:${second!.id}` } })).subject).toContain(
      'REJECT',
    );

    const audit = await db.auditEvent.findMany({ where: { entityId: { in: [first!.id, second!.id, release.id] } } });
    expect(audit.map((event) => event.action).sort()).toEqual(['release.production', 'releaseItem.outcome', 'releaseItem.outcome']);
  });

  it('refuses an item that is not in staged rollout and writes nothing', async () => {
    const { release } = await stagedRelease(['UNVERIFIED']);
    const item = release.items[0]!;
    await expect(
      db.$transaction((tx) => applyRolloutOutcome(tx, { releaseItemId: item.id, outcome: 'ACCEPT', documentNumber: 1, actor })),
    ).rejects.toThrow(ConflictError);
    expect((await db.releaseItem.findUniqueOrThrow({ where: { id: item.id } })).state).toBe('UNVERIFIED');
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: 'release.', endsWith: item.id } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: item.id } })).toBe(0);
  });

  it('applies one of two concurrent outcomes for the same item; the other is a conflict', async () => {
    const { release } = await stagedRelease(['STAGED_ROLLOUT']);
    const item = release.items[0]!;
    const results = await Promise.allSettled(
      (['ACCEPT', 'REJECT'] as const).map((outcome) =>
        db.$transaction((tx) => applyRolloutOutcome(tx, { releaseItemId: item.id, outcome, documentNumber: null, actor })),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: 'releaseItem.outcome' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `release.outcome:${item.id}` } })).toBe(1);
  });

  it('announces to PRODUCTION_ANNOUNCE_TO when it is set', async () => {
    process.env.PRODUCTION_ANNOUNCE_TO = 'ops@example.org, , not-an-address, Tier1@Example.org';
    expect(productionAnnouncementRecipients()).toEqual(['ops@example.org', 'tier1@example.org']);
    const { release } = await stagedRelease(['STAGED_ROLLOUT']);
    const item = release.items[0]!;
    await db.$transaction((tx) => applyRolloutOutcome(tx, { releaseItemId: item.id, outcome: 'ACCEPT', actor }));
    const announcement = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.production:${item.id}` } });
    expect(announcement.recipients).toEqual(['ops@example.org', 'tier1@example.org']);
    expect(announcement.text).toContain('none recorded');
  });
});
