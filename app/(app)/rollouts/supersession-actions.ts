'use server';
// Server action of a superseding rollout: the manager's shortened exposure for the new version.
import type { ActionResult } from '@/lib/actions/action-result';
import { ZShortenExposure } from '@/lib/supersession/schemas';
import { shortenExposure } from '@/lib/supersession/shorten-exposure';
import { runRolloutAction } from './run-action';

export async function shortenExposureAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZShortenExposure, shortenExposure);
}
