// Loads a product's release history and applies the cadence rules to a submission: a violation is a
// field error next to the release type or version, unless overridden with a reason.
import type { Tx } from '@/lib/db/transaction';
import { releaseVisibleWhere, type Viewer } from '@/lib/embargo/visibility';
import { ValidationError, type FieldErrors } from '@/lib/errors';
import { checkCadence, type CadenceViolation } from './cadence-rules';
import { releaseRef } from './release-format';
import { isRejectedState } from './release-item-machine';
import type { SubmitReleaseInput } from './schemas';

interface CadenceContext {
  component: { id: string; name: string };
  /** The submitter: releases under an embargo they may not read count, but are not named to them. */
  viewer: Viewer;
  input: SubmitReleaseInput;
  submittedAt: Date;
}

/** The violations the submitter overrode (empty when none); throws a ValidationError otherwise. */
export async function checkReleaseCadence(tx: Tx, { component, viewer, input, submittedAt }: CadenceContext): Promise<CadenceViolation[]> {
  const readable = new Set(
    (await tx.release.findMany({ where: { AND: [{ componentId: component.id }, releaseVisibleWhere(viewer)] }, select: { number: true } })).map((r) => r.number),
  );
  const history = (
    await tx.release.findMany({
      where: { componentId: component.id },
      select: { number: true, type: true, umdMajor: true, productVersion: true, submittedAt: true, items: { select: { state: true } } },
    })
  ).map((release) => ({
    ...release,
    hidden: !readable.has(release.number),
    rejected: release.items.length > 0 && release.items.every((item) => isRejectedState(item.state)),
  }));

  const duplicate = history.find(
    (release) => !release.rejected && release.umdMajor === input.umdMajor && release.productVersion === input.productVersion,
  );
  if (duplicate) {
    throw new ValidationError('Please correct the highlighted fields.', {
      productVersion: [
        duplicate.hidden
          ? `${component.name} ${input.productVersion} was already submitted for ${input.umdMajor}.`
          : `${component.name} ${input.productVersion} was already submitted for ${input.umdMajor} as ${releaseRef(duplicate.number)}.`,
      ],
    });
  }

  const violations = checkCadence(
    { component: component.name, type: input.type, umdMajor: input.umdMajor, productVersion: input.productVersion, submittedAt },
    history,
  );
  if (violations.length === 0) return [];
  if (input.cadenceOverride && input.cadenceOverrideReason) return violations;

  const fieldErrors: FieldErrors = {};
  for (const violation of violations) (fieldErrors[violation.field] ??= []).push(violation.message);
  if (!input.cadenceOverride) {
    fieldErrors.cadenceOverride = ['This release breaks the release cadence. To submit it anyway, tick the override and give the reason.'];
  } else {
    fieldErrors.cadenceOverrideReason = ['Give the reason for overriding the release cadence.'];
  }
  throw new ValidationError('This release breaks the release cadence rules: see the highlighted fields.', fieldErrors);
}
