// The documented JSON shapes of GET /api/v1/rollouts (each item of `data`) and GET /api/v1/rollouts/{number}
// (the same item, then the detail): zod schemas of the wire format (dates as ISO strings), shown by the
// OpenAPI description and checked against real answers by test/api/openapi-responses.test.ts.
import { z } from 'zod';
import { FindingKind, FindingSeverity, Outcome, ParticipationStatus, PolicyKind, ReleaseType, RolloutStatus } from '@/lib/generated/prisma/enums';
import { READINESS_STATES } from '@/lib/readiness/readiness';

const instant = z.iso.datetime();

export const ZRolloutJson = z.strictObject({
  id: z.string(),
  number: z.int(),
  title: z.string(),
  status: z.enum(RolloutStatus),
  outcome: z.enum(Outcome).nullable(),
  stack: z.strictObject({ id: z.string(), slug: z.string(), name: z.string() }),
  component: z.strictObject({ id: z.string(), name: z.string() }),
  productVersion: z.string(),
  umdMajor: z.string(),
  platform: z.strictObject({ id: z.string(), os: z.string(), arch: z.string(), label: z.string() }),
  release: z.strictObject({ id: z.string(), number: z.int(), type: z.enum(ReleaseType), security: z.boolean(), embargoedUntil: instant.nullable(), url: z.url() }),
  manager: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  createdAt: instant,
  assignedAt: instant.nullable(),
  resolvedAt: instant.nullable(),
  volunteersCalledAt: instant.nullable(),
  documentNumber: z.int().nullable(),
  teams: z.array(z.string()),
  counts: z.strictObject({ invited: z.int(), accepted: z.int(), declined: z.int(), volunteered: z.int(), reports: z.int(), openFindings: z.int() }),
  overdue: z.boolean(),
  readiness: z.strictObject({ ready: z.boolean(), state: z.enum(READINESS_STATES), stalled: z.boolean() }).nullable(),
  url: z.url(),
});

const rolloutLink = { number: z.int(), productVersion: z.string(), url: z.url() };

const report = z.strictObject({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string(),
  releaseNotesCorrect: z.boolean(),
  testsPerformed: z.string(),
  jobsPerDay: z.int().nullable(),
  transfersPerDay: z.int().nullable(),
  vos: z.string(),
  recommendation: z.enum(Outcome),
  submittedAt: instant,
  url: z.url(),
});

export const ZRolloutDetailJson = ZRolloutJson.extend({
  readiness: z
    .strictObject({
      ready: z.boolean(),
      state: z.enum(READINESS_STATES),
      stalled: z.boolean(),
      rules: z.array(z.strictObject({ id: z.string(), met: z.boolean(), detail: z.string(), actor: z.string().nullable(), due: instant.nullable(), holds: z.boolean() })),
    })
    .nullable(),
  version: z.int(),
  outcomeReason: z.string().nullable(),
  acceptedWithOverride: z.boolean(),
  knownIssues: z.string(),
  repositoryUrl: z.string().nullable(),
  verificationReportUrl: z.string(),
  supersededBy: z.strictObject(rolloutLink).nullable(),
  supersedes: z
    .strictObject({
      ...rolloutLink,
      evidence: z.array(z.strictObject({ team: z.string(), onVersion: z.string(), recommendation: z.enum(Outcome), submittedAt: instant, url: z.url() })),
    })
    .nullable(),
  exposureDays: z.int().nullable(),
  exposureDaysReason: z.string().nullable(),
  policy: z.strictObject({
    kind: z.enum(PolicyKind),
    version: z.int(),
    exposureMinDays: z.int(),
    exposureDefaultDays: z.int(),
    exposureMaxDays: z.int(),
    replyWorkingDays: z.int(),
    minAcceptReports: z.int(),
    requireTestPlan: z.boolean(),
  }),
  participations: z.array(
    z.strictObject({
      team: z.string(),
      teamId: z.string(),
      status: z.enum(ParticipationStatus),
      version: z.int(),
      invitedAt: instant,
      replyDueAt: instant.nullable(),
      repliedAt: instant.nullable(),
      replyChannel: z.string().nullable(),
      overdue: z.boolean(),
      beta: z.boolean(),
      betaSetAt: instant.nullable(),
      betaRemovedAt: instant.nullable(),
      installNotes: z.string(),
      exposureStart: instant.nullable(),
      exposureEnd: instant.nullable(),
      exposureReason: z.string().nullable(),
      report: report.nullable(),
    }),
  ),
  findings: z.array(
    z.strictObject({
      id: z.string(),
      team: z.string().nullable(),
      kind: z.enum(FindingKind),
      severity: z.enum(FindingSeverity),
      title: z.string(),
      body: z.string(),
      externalId: z.string().nullable(),
      url: z.string().nullable(),
      open: z.boolean(),
      version: z.int(),
      createdAt: instant,
      closedAt: instant.nullable(),
      foundInVersion: z.string().nullable(),
    }),
  ),
  document: z.strictObject({ number: z.int(), description: z.string(), summaryFileName: z.string(), summary: z.string(), createdAt: instant }).nullable(),
});
