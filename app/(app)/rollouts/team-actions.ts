'use server';
// Server actions of the EA team side: reply, volunteer, withdraw, beta flag, notes, exposure start,
// findings and the report upload (the file comes in the same FormData; the request size limit is in
// lib/http/body-limit.ts, the report's own limit of 10 MB is checked by the lib and, first, by the form).
import type { ActionResult } from '@/lib/actions/action-result';
import { startExposure } from '@/lib/rollout/exposure-period';
import { addFinding, setFindingOpen } from '@/lib/rollout/findings';
import { recordTeamReply } from '@/lib/rollout/record-team-reply';
import { saveInstallNotes } from '@/lib/rollout/save-install-notes';
import {
  ZBeta,
  ZFinding,
  ZFindingSeverity,
  ZFindingState,
  ZNotes,
  ZReply,
  ZReportFields,
  ZStartExposure,
  ZVolunteer,
  ZWithdrawForm,
} from '@/lib/rollout/schemas';
import { setBetaFlag } from '@/lib/rollout/set-beta';
import { setFindingSeverity } from '@/lib/rollout/set-finding-severity';
import { uploadReport } from '@/lib/rollout/upload-report';
import { volunteerTeam, withdrawTeam } from '@/lib/rollout/volunteer';
import { runRolloutAction } from './run-action';

export async function replyAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZReply, (user, number, input) => recordTeamReply(user, number, input, 'app'));
}

export async function volunteerAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZVolunteer, volunteerTeam);
}

export async function withdrawAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZWithdrawForm, withdrawTeam);
}

export async function betaAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZBeta, setBetaFlag);
}

export async function notesAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZNotes, saveInstallNotes);
}

export async function startExposureAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZStartExposure, startExposure);
}

export async function findingAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZFinding, addFinding);
}

export async function findingStateAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZFindingState, setFindingOpen);
}

export async function findingSeverityAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZFindingSeverity, setFindingSeverity);
}

export async function reportAction(_: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runRolloutAction(formData, ZReportFields, async (user, number, fields, form) => {
    const file = form.get('file');
    const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    return uploadReport(user, number, fields, upload);
  });
}
