'use server';
// Server actions of the rollout page, manager and coordinator side: assign, invite teams, call for
// volunteers, change an exposure end, answer a REJECT recommendation, set the outcome, comment. Each is runRolloutAction + a lib call.
import type { ActionResult } from '@/lib/actions/action-result';
import { addComment } from '@/lib/rollout/add-comment';
import { assignRollout } from '@/lib/rollout/assign-rollout';
import { callVolunteers } from '@/lib/rollout/call-volunteers';
import { resolveRollout } from '@/lib/rollout/resolve-rollout';
import { changeExposureEnd } from '@/lib/rollout/exposure-period';
import { inviteTeams } from '@/lib/rollout/invite-teams';
import { answerRejectReport } from '@/lib/rollout/answer-reject-report';
import { ZAssign, ZCallVolunteers, ZResolveRollout, ZComment, ZExposureEnd, ZInvite, ZRejectAnswer } from '@/lib/rollout/schemas';
import { runRolloutAction } from './run-action';

export async function assignAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZAssign, assignRollout);
}

export async function inviteAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZInvite, inviteTeams);
}

export async function callVolunteersAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZCallVolunteers, callVolunteers);
}

export async function exposureEndAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZExposureEnd, changeExposureEnd);
}

export async function resolveAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZResolveRollout, resolveRollout);
}

export async function commentAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZComment, addComment);
}

export async function rejectAnswerAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZRejectAnswer, answerRejectReport);
}
