// Loads a rollout with everything its transitions need (release, stack, component, platform), inside
// the caller's transaction, and the small guards every transition applies in the same order:
// the page's version and the status machine (the permission: requirePermission from lib/auth/authorize.ts,
// against the rollout as loaded). Transactions and versioned writes live in lib/db/transaction.ts.
import 'server-only';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { rolloutVisibleWhere, type Viewer } from '@/lib/embargo/visibility';
import { assertRolloutEvent, type RolloutEvent } from './rollout-machine';

export const rolloutContextInclude = {
  owner: { select: { id: true, name: true, email: true } },
  releaseItem: { include: { platform: true, release: { include: { stack: true, component: true } } } },
  supersededBy: { select: { number: true, releaseItem: { select: { release: { select: { productVersion: true } } } } } },
} as const satisfies Prisma.RolloutInclude;

export type RolloutContext = Prisma.RolloutGetPayload<{ include: typeof rolloutContextInclude }>;

/**
 * `viewer`: who acts. An embargoed rollout they may not see is "not found" (never "forbidden": that would
 * confirm it exists). A superseded rollout is refused for every action, pointing to its successor.
 */
export async function loadRolloutContext(tx: Tx, number: number, viewer: Viewer): Promise<RolloutContext> {
  const rollout = await tx.rollout.findFirst({ where: { number, ...rolloutVisibleWhere(viewer) }, include: rolloutContextInclude });
  if (!rollout) throw new NotFoundError(`There is no rollout #${number}.`);
  if (rollout.supersededBy) {
    const next = rollout.supersededBy;
    throw new ConflictError(
      `Rollout #${rollout.number} was superseded by rollout #${next.number} (version ${next.releaseItem.release.productVersion}); nothing can be done here any more. Go to rollout #${next.number}.`,
    );
  }
  return rollout;
}

/** The naming parts of a rollout (document section 2.4). */
export function rolloutFacts(rollout: RolloutContext) {
  const { release, platform } = rollout.releaseItem;
  return {
    stack: release.stack,
    component: release.component,
    release,
    platform,
    version: release.productVersion,
    names: { stack: release.stack.name, component: release.component.name, version: release.productVersion, os: platform.os, arch: platform.arch },
  };
}

const STATUS_WORDS = { NEW: 'New', OPEN: 'Open', RESOLVED: 'Resolved' } as const;

/** A page loaded at an older version is stale: say so before anything else. */
export function requireFreshRollout(rollout: { version: number; status: keyof typeof STATUS_WORDS }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== rollout.version) {
    throw new ConflictError(
      `Someone else changed this rollout since you loaded the page (it is now ${STATUS_WORDS[rollout.status]}). Reload the page to see the change; nothing was saved.`,
    );
  }
}

/** The rollout machine's assertEvent for a loaded rollout (lib/rollout/rollout-machine.ts). */
export function requireRolloutEvent(rollout: { status: keyof typeof STATUS_WORDS }, event: RolloutEvent): void {
  assertRolloutEvent(rollout.status, event);
}

const STALE = 'Someone else changed this rollout at the same moment; reload the page to see the change. Nothing was saved.';

/** The version-guarded update of a rollout row: nothing matched means another transaction won. */
export function updateRolloutGuarded(tx: Tx, rollout: { id: string; version: number }, data: Prisma.RolloutUncheckedUpdateManyInput): Promise<void> {
  return updateVersioned(tx, 'rollout', rollout, data, STALE);
}
