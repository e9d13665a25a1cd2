// A verifier's (or coordinator's) move of one child ticket: start verification, accept it (report
// URL; opens the staged rollout), reject it (reason, optional report URL; the provider is mailed), or skip staged rollout for an emergency release
// (justification). The state machine decides what is legal; the version decides who was first.
import 'server-only';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { assertManualTransition, RELEASE_ITEM_STATE_LABELS } from './release-item-machine';
import { lockRelease, markReleaseInProductionIfComplete } from './release-production';
import { verificationRejectedMessage } from './outcome-messages';
import { httpUrl, type TransitionInput } from './schemas';
import { skipStagedRollout } from './skip-staged-rollout';
import { startStagedRollout } from './start-staged-rollout';

export interface TransitionResult {
  state: string;
  version: number;
  rollout?: { number: number; title: string };
}

/** The text a target needs, as field errors (before any database work). */
function requiredFields(input: TransitionInput): { reportUrl?: string; reason?: string; justification?: string } {
  if (input.to === 'STAGED_ROLLOUT') {
    const parsed = httpUrl.safeParse(input.reportUrl ?? '');
    if (!input.reportUrl || !parsed.success) {
      throw new ValidationError('Accepting verification needs the verification report.', {
        reportUrl: [input.reportUrl ? 'Enter a full http(s):// address.' : 'Give the address of the verification report.'],
      });
    }
    return { reportUrl: parsed.data };
  }
  if (input.to === 'VERIFICATION_REJECTED') {
    if (!input.reason || input.reason.length < 5) {
      throw new ValidationError('Rejecting needs a reason.', { reason: ['Say why the verification rejects this item (at least 5 characters).'] });
    }
    // The report is optional on a rejection, but when given it must be a link the provider can open.
    if (!input.reportUrl) return { reason: input.reason };
    const parsed = httpUrl.safeParse(input.reportUrl);
    if (!parsed.success) throw new ValidationError('The verification report address is not a link.', { reportUrl: ['Enter a full http(s):// address, or leave it empty.'] });
    return { reason: input.reason, reportUrl: parsed.data };
  }
  if (input.to === 'SKIPPED_ROLLOUT') {
    if (!input.justification || input.justification.length < 20) {
      throw new ValidationError('Skipping staged rollout needs a written justification.', {
        justification: ['Explain why this emergency release cannot wait for staged rollout (at least 20 characters).'],
      });
    }
    return { justification: input.justification };
  }
  return {};
}

export async function transitionReleaseItem(
  user: CurrentUser,
  target: { releaseNumber?: number; itemId: string },
  input: TransitionInput,
): Promise<TransitionResult> {
  const found = await db.releaseItem.findUnique({
    where: { id: target.itemId },
    select: { releaseId: true, release: { select: { number: true, stackId: true } } },
  });
  if (!found || (target.releaseNumber !== undefined && found.release.number !== target.releaseNumber)) {
    throw new NotFoundError('That release item does not exist.');
  }
  const permission = input.to === 'SKIPPED_ROLLOUT' ? 'release.skipRollout' : 'release.verify';
  if (!can(user, permission, { stackId: found.release.stackId })) {
    throw new ForbiddenError(
      permission === 'release.skipRollout'
        ? 'Only a Staged Rollout Coordinator may let an emergency release skip staged rollout.'
        : 'Only verifiers (SA2) and Staged Rollout Coordinators may move release items through verification.',
    );
  }
  const fields = requiredFields(input);
  const actor = actorOf(user);

  return inTransaction(async (tx) => {
    await lockRelease(tx, found.releaseId);
    const item = await tx.releaseItem.findUniqueOrThrow({
      where: { id: target.itemId },
      include: { platform: true, release: { include: { component: true, stack: true, submittedBy: { select: { email: true } } } } },
    });
    if (item.version !== input.expectedVersion) {
      throw new ConflictError(
        `This item changed since you loaded the page: it is now ${RELEASE_ITEM_STATE_LABELS[item.state]}. Reload the page and try again.`,
      );
    }
    assertManualTransition(item.state, input.to, item.release.type);
    const now = new Date();
    await updateVersioned(
      tx,
      'releaseItem',
      { id: item.id, version: input.expectedVersion },
      {
        state: input.to,
        stateChangedAt: now,
        ...(fields.reportUrl ? { verificationReportUrl: fields.reportUrl } : {}),
        ...(fields.reason ? { verificationNote: fields.reason } : {}),
      },
      'Someone else changed this item at the same moment. Reload the page and try again.',
    );
    await recordAudit(tx, actor, {
      action: 'releaseItem.transition',
      entityType: 'ReleaseItem',
      entityId: item.id,
      before: { state: item.state, version: item.version },
      after: { state: input.to, version: item.version + 1, ...fields },
    });
    const moved = { ...item, verificationReportUrl: fields.reportUrl ?? item.verificationReportUrl };
    if (input.to === 'STAGED_ROLLOUT') {
      const rollout = await startStagedRollout(tx, moved, actor);
      return { state: input.to, version: item.version + 1, rollout: { number: rollout.number, title: rollout.title } };
    }
    if (input.to === 'SKIPPED_ROLLOUT') {
      const version = await skipStagedRollout(tx, { ...moved, version: item.version + 1 }, fields.justification!, actor, now);
      return { state: 'PRODUCTION', version };
    }
    if (input.to === 'VERIFICATION_REJECTED') {
      const release = item.release;
      const context = { releaseNumber: release.number, umdMajor: release.umdMajor, stack: release.stack.name, component: release.component.name, version: release.productVersion, os: item.platform.os, arch: item.platform.arch };
      await enqueueMessage(tx, {
        kind: 'release.verificationRejected',
        recipients: release.submittedBy ? [release.submittedBy.email] : [],
        ...verificationRejectedMessage(context, fields.reason!, fields.reportUrl ?? null),
        dedupeKey: `release.verificationRejected:${item.id}:${item.version + 1}`,
      });
      // A sibling already accepted: this rejection may be the release's last open item.
      await markReleaseInProductionIfComplete(tx, item.releaseId, actor, now);
    }
    return { state: input.to, version: item.version + 1 };
  });
}
