// Input schemas of every rollout transition, shared by the server actions (FormData) and the JSON API.
import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH } from './notification-template';

export const SUMMARY_EXTENSIONS = ['md', 'txt'] as const;
export const FINDING_SEVERITIES = ['BLOCKER', 'MAJOR', 'MINOR', 'INFO'] as const;

/** A checkbox ("on"), a select ("yes"/"no") or a JSON boolean. */
const flag = z.preprocess((value) => value === true || value === 'on' || value === 'true' || value === 'yes' || value === '1', z.boolean());
const id = z.string().trim().min(1, 'Required.');
const version = z.coerce.number().int().positive().optional();
const optionalCount = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : value),
  z.coerce.number({ message: 'A whole number.' }).int('A whole number.').min(0, 'Zero or more.').max(1e9).optional(),
);
/** One value or several (repeated form fields, JSON arrays). */
const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id));

export const ZRolloutNumber = z.coerce.number().int().positive();

export const ZAssign = z.object({ managerId: z.string().trim().min(1, 'Choose a manager.'), version });

export const ZInvite = z.object({
  teamIds: idList.pipe(z.array(id).min(1, 'Select at least one team.').max(50, 'At most 50 teams at once.')),
  template: z.string().trim().min(20, 'Write the notification (at least 20 characters).').max(MAX_TEMPLATE_LENGTH),
  version,
});

export const ZReply = z.object({
  teamId: id,
  answer: z.enum(['accept', 'decline', 'reject']).transform((answer) => (answer === 'reject' ? 'decline' : answer)),
  version,
});

export const ZCallVolunteers = z.object({ note: z.string().trim().max(5000).default(''), version });
export const ZVolunteer = z.object({ teamId: id });
export const ZWithdraw = z.object({
  teamId: id,
  // The manager is told and has to find another team: the reason is what lets them plan.
  reason: z.string({ message: 'Say why the team withdraws.' }).trim().min(10, 'Say why the team withdraws (at least 10 characters); the manager is told.').max(2000),
  version,
});
/** The page's form also asks for an explicit confirmation: withdrawing cannot be undone from the team's side. */
export const ZWithdrawForm = ZWithdraw.extend({
  confirm: flag.refine((value) => value, 'Tick the box to confirm that your team withdraws.'),
});
export const ZBeta = z.object({ teamId: id, beta: flag, version });
export const ZNotes = z.object({ teamId: id, installNotes: z.string().trim().max(20_000), version });
export const ZStartExposure = z.object({ teamId: id, version });
export const ZExposureEnd = z.object({
  teamId: id,
  /** ISO 8601 with an offset, or a datetime-local value read in the user's time zone. */
  exposureEnd: z.string().trim().min(1, 'Give the end date and time.'),
  /** Required when the new end lies outside the readiness policy's range (checked in the lib). */
  reason: z.string().trim().max(2000).default(''),
  version,
});

export const ZFinding = z
  .object({
    teamId: z.string().trim().optional().transform((value) => value || undefined),
    kind: z.enum(['COMMENT', 'HELPDESK']),
    // A blocker holds the rollout until it is closed or downgraded (lib/readiness).
    severity: z.enum(FINDING_SEVERITIES, { message: 'Choose a severity.' }).default('MAJOR'),
    title: z.string().trim().min(3, 'Give the finding a short title.').max(200),
    body: z.string().trim().max(20_000).default(''),
    reference: z.string().trim().max(2000).default(''),
  })
  .refine((value) => value.kind !== 'HELPDESK' || value.reference.length > 0, { path: ['reference'], message: 'Give the GGUS ticket number or the ticket’s link.' });

export const ZFindingState = z.object({ findingId: id, open: flag, version });
export const ZFindingSeverity = z.object({
  findingId: id,
  severity: z.enum(FINDING_SEVERITIES, { message: 'Choose a severity.' }),
  reason: z.string().trim().min(10, 'Say why the severity changes (at least 10 characters).').max(2000),
  version,
});

export const ZReportFields = z.object({
  teamId: id,
  releaseNotesCorrect: z.enum(['yes', 'no'], { message: 'Say whether the release notes were correct.' }).transform((value) => value === 'yes'),
  testsPerformed: z.string().trim().min(10, 'Describe the tests you performed (at least 10 characters).').max(20_000),
  jobsPerDay: optionalCount,
  transfersPerDay: optionalCount,
  vos: z.string().trim().max(2000).default(''),
  recommendation: z.enum(['ACCEPT', 'REJECT'], { message: 'Recommend ACCEPT or REJECT.' }),
  // The evidence side by side: what was actually installed, where it ran, which test-plan items were run.
  installedVersion: z.string().trim().max(200, 'At most 200 characters.').default(''),
  ranOnOs: z.string().trim().max(100, 'At most 100 characters.').default(''),
  ranOnArch: z.string().trim().max(100, 'At most 100 characters.').default(''),
  testedItemIds: idList.pipe(z.array(id).max(100, 'At most 100 test-plan items.')),
  version,
});

/** The manager's answer to a report recommending REJECT: until answered, the report holds the rollout. */
export const ZRejectAnswer = z.object({
  teamId: id,
  answer: z.string().trim().min(10, 'Write your answer to the team (at least 10 characters).').max(5000),
  version,
});

export const ZResolveRollout = z
  .object({
    outcome: z.enum(['ACCEPT', 'REJECT'], { message: 'Choose ACCEPT or REJECT.' }),
    summary: z.string().trim().min(20, 'Write the summary (at least 20 characters).').max(50_000),
    // The summary is written in the app as text, so it is stored as Markdown or plain text.
    summaryExt: z.enum(SUMMARY_EXTENSIONS).default('md'),
    knownIssues: z.string().trim().max(20_000).default(''),
    // A coordinator's ACCEPT of a rollout that is not ready yet (lib/readiness): never over a hold.
    override: flag.default(false),
    overrideReason: z.string().trim().max(5000).default(''),
    version: z.coerce.number({ message: 'Reload the page.' }).int().positive(),
  })
  .refine((value) => !value.override || value.overrideReason.length >= 10, {
    path: ['overrideReason'],
    message: 'Give the reason for accepting before the rollout is ready (at least 10 characters).',
  });

export const ZComment = z.object({ body: z.string().trim().min(1, 'Write something.').max(20_000) });

export type InviteInput = z.infer<typeof ZInvite>;
export type ReplyInput = z.infer<typeof ZReply>;
export type ReportFields = z.infer<typeof ZReportFields>;
export type ResolveInput = z.infer<typeof ZResolveRollout>;
export type FindingInput = z.infer<typeof ZFinding>;
export type FindingSeverityInput = z.infer<typeof ZFindingSeverity>;
export type RejectAnswerInput = z.infer<typeof ZRejectAnswer>;

/** A comment on a rollout as GET /api/v1/rollouts/{number}/comments answers it (the OpenAPI response); no author: the system. */
export const ZCommentJson = z.strictObject({
  id: z.string(),
  author: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
