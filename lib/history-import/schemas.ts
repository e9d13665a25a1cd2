// The history import format (see README.md), validated with zod: the nested JSON form and the flat
// CSV row (one row per team participation). Both become the same normalised records (types.ts).
import { z } from 'zod';

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** `2010-06-01` (00:00 UTC) or `2010-06-01T09:30:00Z` / `+02:00`; a time needs its offset. */
export const zInstant = z
  .string()
  .trim()
  .regex(INSTANT, 'Use an ISO date (2010-06-01) or date-time with offset (2010-06-01T09:30:00Z).')
  .transform((value, ctx) => {
    const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    const date = value.length === 10 ? day : new Date(value);
    // 2010-02-30 parses to 2 March in some engines: the calendar day must read back unchanged.
    if (Number.isNaN(date.getTime()) || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value.slice(0, 10))) {
      ctx.addIssue({ code: 'custom', message: 'Not a calendar date.' });
      return z.NEVER;
    }
    return date;
  });

const optionalInstant = z.preprocess((v) => (v === '' || v === null ? undefined : v), zInstant.optional());
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().min(1).max(max).optional());
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const optionalUpperEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : upper(v)), z.enum(values).optional());

export const RELEASE_TYPES = ['EMERGENCY', 'REVISION', 'MINOR', 'MAJOR'] as const;
export const OUTCOMES = ['ACCEPT', 'REJECT'] as const;
export const PARTICIPATION_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'VOLUNTEERED', 'WITHDRAWN'] as const;

const name = (what: string, max = 120) => z.string({ error: `${what} is required.` }).trim().min(1, `${what} is required.`).max(max);
const platform = z
  .string()
  .trim()
  .regex(/^\S+ \S+$/, 'A platform is "<OS> <arch>", e.g. "SL5 x86_64".');
const booleanish = z.preprocess(
  (v) => (v === '' || v === null ? undefined : typeof v === 'string' ? ['true', 'yes', '1'].includes(v.trim().toLowerCase()) : v),
  z.boolean().optional(),
);

export const participationFields = {
  team: name('team (ea-<NGI>-<Site>)'),
  status: z.preprocess(upper, z.enum(PARTICIPATION_STATUSES, { error: `status is one of ${PARTICIPATION_STATUSES.join(', ')}.` })),
  invitedAt: zInstant,
  repliedAt: optionalInstant,
  exposureStart: optionalInstant,
  exposureEnd: optionalInstant,
  reportSubmittedAt: optionalInstant,
  recommendation: optionalUpperEnum(OUTCOMES),
  releaseNotesCorrect: booleanish,
  testsPerformed: optionalText(2000),
};

export const rolloutFields = {
  platform,
  outcome: optionalUpperEnum(OUTCOMES),
  createdAt: zInstant,
  resolvedAt: optionalInstant,
  manager: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().toLowerCase().email('manager is an e-mail address.').optional()),
  document: optionalText(300),
};

export const releaseFields = {
  stack: name('stack (slug)', 40),
  component: name('component'),
  umdMajor: name('umdMajor', 40),
  version: name('version', 80),
  type: z.preprocess(upper, z.enum(RELEASE_TYPES, { error: `type is one of ${RELEASE_TYPES.join(', ')}.` })),
  submittedAt: zInstant,
  productionAt: optionalInstant,
  skipJustification: optionalText(2000),
};

export const jsonParticipation = z.object(participationFields).strict();
export const jsonRollout = z.object({ ...rolloutFields, participations: z.array(jsonParticipation).default([]) }).strict();
export const jsonRelease = z
  .object({ ...releaseFields, platforms: z.array(platform).default([]), rollouts: z.array(jsonRollout).default([]) })
  .strict();
export const jsonFile = z.object({ releases: z.array(z.unknown()).min(1, 'The file has no releases.') }).strict();

/** One CSV line: release columns, then (optionally) rollout columns, then (optionally) participation columns. */
export const CSV_COLUMNS = [
  'stack',
  'component',
  'umdMajor',
  'version',
  'type',
  'submittedAt',
  'productionAt',
  'skipJustification',
  'platform',
  'outcome',
  'rolloutCreatedAt',
  'resolvedAt',
  'manager',
  'document',
  'team',
  'status',
  'invitedAt',
  'repliedAt',
  'exposureStart',
  'exposureEnd',
  'reportSubmittedAt',
  'recommendation',
  'releaseNotesCorrect',
  'testsPerformed',
] as const;
export const REQUIRED_CSV_COLUMNS = ['stack', 'component', 'umdMajor', 'version', 'type', 'submittedAt'] as const;
