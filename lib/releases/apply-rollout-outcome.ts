// The end of a staged rollout, seen from the release: the child ticket moves STAGED_ROLLOUT ->
// PRODUCTION (ACCEPT) or ROLLOUT_REJECTED (REJECT), the parent learns the outcome and the document
// reference, and an accepted PPA is announced to production. Called by the rollout engineer's
// "set outcome / resolve" inside THEIR transaction, so all of it commits or none of it does.
import type { Actor } from '@/lib/audit/record-audit';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { NotFoundError } from '@/lib/errors';
import type { ReleaseItemState } from '@/lib/generated/prisma/enums';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { embargoEnd } from '@/lib/embargo/visibility';
import { productionAnnouncementRecipients } from './announcement-lists';
import { outcomeMessage, productionMessage } from './outcome-messages';
import { assertTransition } from './release-item-machine';
import { lockRelease, markReleaseInProductionIfComplete } from './release-production';

export interface RolloutOutcomeInput {
  releaseItemId: string;
  outcome: 'ACCEPT' | 'REJECT';
  /** Document.number of the staged-rollout document (summary + reports), when there is one. */
  documentNumber?: number | null;
  /** The coordinator's reason when ACCEPT overrode unmet readiness rules (told to the provider). */
  overrideReason?: string | null;
  actor: Actor;
}

export interface RolloutOutcomeResult {
  state: ReleaseItemState;
  releaseInProduction: boolean;
}

export async function applyRolloutOutcome(tx: Tx, input: RolloutOutcomeInput): Promise<RolloutOutcomeResult> {
  const found = await tx.releaseItem.findUnique({ where: { id: input.releaseItemId }, select: { releaseId: true } });
  if (!found) throw new NotFoundError('That release item does not exist.');
  await lockRelease(tx, found.releaseId);
  const item = await tx.releaseItem.findUniqueOrThrow({
    where: { id: input.releaseItemId },
    include: {
      platform: true,
      rollout: { select: { id: true, number: true, knownIssues: true, document: { select: { summary: true } } } },
      release: { include: { component: true, stack: true, submittedBy: { select: { email: true } } } },
    },
  });
  const to: ReleaseItemState = input.outcome === 'ACCEPT' ? 'PRODUCTION' : 'ROLLOUT_REJECTED';
  assertTransition(item.state, to);
  const now = new Date();
  await updateVersioned(tx, 'releaseItem', item, { state: to, stateChangedAt: now }, 'This release item was changed by someone else meanwhile; reload and try again.');
  await recordAudit(tx, input.actor, {
    action: 'releaseItem.outcome',
    entityType: 'ReleaseItem',
    entityId: item.id,
    before: { state: item.state, version: item.version },
    after: { state: to, version: item.version + 1, outcome: input.outcome, documentNumber: input.documentNumber ?? null },
  });
  const releaseInProduction = await markReleaseInProductionIfComplete(tx, item.releaseId, input.actor, now);

  const context = {
    releaseNumber: item.release.number,
    umdMajor: item.release.umdMajor,
    stack: item.release.stack.name,
    component: item.release.component.name,
    version: item.release.productVersion,
    os: item.platform.os,
    arch: item.platform.arch,
    outcome: input.outcome,
    documentNumber: input.documentNumber ?? null,
    rolloutNumber: item.rollout?.number ?? null,
    knownIssues: item.rollout?.knownIssues ?? '',
    summary: item.rollout?.document?.summary ?? '',
    overrideReason: input.overrideReason ?? null,
  };
  const toProvider = outcomeMessage(context);
  await enqueueMessage(tx, {
    kind: 'release.outcome',
    recipients: item.release.submittedBy ? [item.release.submittedBy.email] : [],
    ...toProvider,
    rolloutId: item.rollout?.id,
    dedupeKey: `release.outcome:${item.id}`,
  });
  if (input.outcome === 'ACCEPT') {
    await enqueueMessage(tx, {
      kind: 'release.production',
      recipients: productionAnnouncementRecipients(),
      ...productionMessage(context),
      rolloutId: item.rollout?.id,
      dedupeKey: `release.production:${item.id}`,
      // Broadcast lists are public: an embargoed release is announced when its embargo ends (liftEmbargo sends it earlier).
      notBefore: embargoEnd(item.release.embargoedUntil, now),
    });
  }
  return { state: to, releaseInProduction };
}
