'use server';
// Server actions of the rollout page, manager and coordinator side: assign, invite teams, call for
// volunteers, change an exposure end, answer a REJECT recommendation, set the outcome, comment. Each is runRolloutAction + a lib call.
import type { ActionResult } from '@/lib/actions/action-result';
import { addComment } from '@/lib/rollout/add-comment';
import { assignRollout } from '@/lib/rollout/assign-rollout';
import { callVolunteers } from '@/lib/rollout/call-volunteers';
import { closeRollout } from '@/lib/rollout/close-rollout';
import { changeExposureEnd } from '@/lib/rollout/exposure-period';
import { inviteTeams } from '@/lib/rollout/invite-teams';
import { answerRejectReport } from '@/lib/rollout/answer-reject-report';
import { assignSchema, callVolunteersSchema, closeSchema, commentSchema, exposureEndSchema, inviteSchema, rejectAnswerSchema } from '@/lib/rollout/schemas';
import { runRolloutAction } from './run-action';

export async function assignAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, assignSchema, assignRollout);
}

export async function inviteAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, inviteSchema, inviteTeams);
}

export async function callVolunteersAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, callVolunteersSchema, callVolunteers);
}

export async function exposureEndAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, exposureEndSchema, changeExposureEnd);
}

export async function closeAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, closeSchema, closeRollout);
}

export async function commentAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, commentSchema, addComment);
}

export async function rejectAnswerAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, rejectAnswerSchema, answerRejectReport);
}
