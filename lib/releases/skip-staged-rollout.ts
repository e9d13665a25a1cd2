// The emergency path: an item that skips staged rollout goes straight on to production, in the same
// transaction. The justification is kept on the release (shown on its page); the item counts as
// "No test" in the metrics (in production without a rollout ticket). Production is announced as usual.
import type { Actor } from '@/lib/audit/record-audit';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { embargoEnd } from '@/lib/embargo/visibility';
import { productionAnnouncementRecipients } from './announcement-lists';
import { productionMessage } from './outcome-messages';
import { platformLabel } from './release-format';
import { assertTransition } from './release-item-machine';
import { markReleaseInProductionIfComplete } from './release-production';

interface SkippedItem {
  id: string;
  version: number;
  platform: { os: string; arch: string };
  release: {
    id: string;
    number: number;
    umdMajor: string;
    productVersion: string;
    skipJustification: string | null;
    embargoedUntil?: Date | null;
    version: number;
    component: { name: string };
    stack: { name: string };
  };
}

/** Moves a SKIPPED_ROLLOUT item on to PRODUCTION; returns the item's new version. */
export async function skipStagedRollout(tx: Tx, item: SkippedItem, justification: string, actor: Actor, at: Date): Promise<number> {
  const { release } = item;
  // One justification per release; a second PPA skipped later adds its own, labelled by platform.
  const kept = release.skipJustification
    ? `${release.skipJustification}\n\n${platformLabel(item.platform)}: ${justification}`
    : justification;
  await updateVersioned(tx, 'release', { id: release.id }, { skipJustification: kept });
  await recordAudit(tx, actor, {
    action: 'release.skipRollout',
    entityType: 'Release',
    entityId: release.id,
    before: { skipJustification: release.skipJustification, version: release.version },
    after: { skipJustification: kept, version: release.version + 1, platform: platformLabel(item.platform) },
  });

  assertTransition('SKIPPED_ROLLOUT', 'PRODUCTION');
  await updateVersioned(tx, 'releaseItem', item, { state: 'PRODUCTION', stateChangedAt: at }, 'Someone else changed this item at the same moment. Reload the page and try again.');
  await recordAudit(tx, actor, {
    action: 'releaseItem.transition',
    entityType: 'ReleaseItem',
    entityId: item.id,
    before: { state: 'SKIPPED_ROLLOUT', version: item.version },
    after: { state: 'PRODUCTION', version: item.version + 1, noTest: true },
  });
  await markReleaseInProductionIfComplete(tx, release.id, actor, at);

  const message = productionMessage({
    releaseNumber: release.number,
    umdMajor: release.umdMajor,
    stack: release.stack.name,
    component: release.component.name,
    version: release.productVersion,
    os: item.platform.os,
    arch: item.platform.arch,
    outcome: 'ACCEPT',
    documentNumber: null,
    rolloutNumber: null,
    knownIssues: '',
    skipJustification: justification,
  });
  await enqueueMessage(tx, {
    kind: 'release.production',
    recipients: productionAnnouncementRecipients(),
    ...message,
    dedupeKey: `release.production:${item.id}`,
    notBefore: embargoEnd(release.embargoedUntil ?? null, at),
  });
  return item.version + 1;
}
