// POST /api/v1/rollouts/{number}/{transition}: which lib function and input schema each transition
// uses: the same as the server actions, so the API and the UI enforce the same rules.
import 'server-only';
import type { z } from 'zod';
import type { CurrentUser } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { addComment } from './add-comment';
import { answerRejectReport } from './answer-reject-report';
import { assignRollout } from './assign-rollout';
import { callVolunteers } from './call-volunteers';
import { resolveRollout } from './resolve-rollout';
import { changeExposureEnd, startExposure } from './exposure-period';
import { addFinding, setFindingOpen } from './findings';
import { inviteTeams } from './invite-teams';
import { recordTeamReply } from './record-team-reply';
import { saveInstallNotes } from './save-install-notes';
import { setFindingSeverity } from './set-finding-severity';
import {
  ZAssign,
  ZBeta,
  ZCallVolunteers,
  ZResolveRollout,
  ZComment,
  ZExposureEnd,
  ZFinding,
  ZFindingSeverity,
  ZFindingState,
  ZInvite,
  ZNotes,
  ZRejectAnswer,
  ZReply,
  ZStartExposure,
  ZVolunteer,
  ZWithdraw,
} from './schemas';
import { setBetaFlag } from './set-beta';
import { volunteerTeam, withdrawTeam } from './volunteer';
import { equalsIgnoringCase } from '@/lib/db/like';
import { ZShortenExposure } from '@/lib/supersession/schemas';
import { shortenExposure } from '@/lib/supersession/shorten-exposure';

type Run = (user: CurrentUser, number: number, input: never) => Promise<{ message: string }>;
interface Transition {
  schema: z.ZodType;
  run: Run;
}
const t = <S extends z.ZodType>(schema: S, run: (user: CurrentUser, number: number, input: z.infer<S>) => Promise<{ message: string }>): Transition => ({ schema, run: run as Run });

export const API_TRANSITIONS: Record<string, Transition> = {
  assign: t(ZAssign, assignRollout),
  invite: t(ZInvite, inviteTeams),
  reply: t(ZReply, (user, number, input) => recordTeamReply(user, number, input, 'api')),
  'volunteer-call': t(ZCallVolunteers, callVolunteers),
  volunteer: t(ZVolunteer, volunteerTeam),
  withdraw: t(ZWithdraw, withdrawTeam),
  beta: t(ZBeta, setBetaFlag),
  notes: t(ZNotes, saveInstallNotes),
  'exposure-start': t(ZStartExposure, startExposure),
  exposure: t(ZExposureEnd, changeExposureEnd),
  finding: t(ZFinding, addFinding),
  'finding-state': t(ZFindingState, setFindingOpen),
  'finding-severity': t(ZFindingSeverity, setFindingSeverity),
  comment: t(ZComment, addComment),
  'reject-answer': t(ZRejectAnswer, answerRejectReport),
  close: t(ZResolveRollout, resolveRollout),
  'exposure-days': t(ZShortenExposure, shortenExposure),
};

/** API clients may name a team ("team": "ea-PT-LIP-Lisbon") instead of giving its id. */
export async function resolveTeamName(body: unknown): Promise<unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  let record = body as Record<string, unknown>;
  if (!record.teamId && typeof record.team === 'string') {
    const team = await db.team.findFirst({ where: { name: equalsIgnoringCase(record.team) }, select: { id: true } });
    if (!team) throw new NotFoundError(`There is no team named ${record.team}.`);
    record = { ...record, teamId: team.id };
  }
  // `manager` (an e-mail address, as GET /api/v1/users shows) stands for `managerId`.
  if (!record.managerId && typeof record.manager === 'string') {
    const manager = await db.user.findFirst({ where: { email: equalsIgnoringCase(record.manager.trim()) }, select: { id: true } });
    if (!manager) throw new NotFoundError(`There is no user with the e-mail address ${record.manager.slice(0, 254)}.`);
    record = { ...record, managerId: manager.id };
  }
  return record;
}
