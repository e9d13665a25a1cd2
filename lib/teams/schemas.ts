// Input of every team mutation (forms and API), validated before anything else happens.
import { z } from 'zod';
import { ZEmail } from '@/lib/groups/schemas';

const id = z.string().trim().min(1, 'Missing id.').max(64);
const version = z.coerce.number().int().min(1);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

/** NGI codes as the document writes them (IT, CERN, UK); no "-", which separates the parts of a team name. */
export const ZNgiCode = z
  .string()
  .trim()
  .min(2, 'An NGI code has 2 to 16 characters.')
  .max(16, 'An NGI code has 2 to 16 characters.')
  .regex(/^[A-Za-z0-9_]+$/, 'Letters, digits and _ only (no spaces or dashes).');

/** GOCDB-style site names (INFN-T1, UKI-LT2-IC-HEP, MK-01-UKIM_II). */
export const ZSiteName = z
  .string()
  .trim()
  .min(2, 'A site name has 2 to 64 characters.')
  .max(64, 'A site name has 2 to 64 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Letters, digits, ".", "_" and "-" only, starting with a letter or digit.');

export const ZTimeZone = z
  .string()
  .trim()
  .max(64)
  .refine((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone (use an IANA name such as Europe/Lisbon).');

const ngiName = z.string().trim().min(1, 'Name the NGI (e.g. Portugal).').max(100, 'At most 100 characters.');
export const ZCreateNgi = z.object({ code: ZNgiCode, name: ngiName });
export type CreateNgiInput = z.infer<typeof ZCreateNgi>;
export const ZEditNgi = z.object({ id, version, name: ngiName });
export type EditNgiInput = z.infer<typeof ZEditNgi>;

const description = z.string().trim().max(2000, 'At most 2000 characters.').default('');

export const ZTeamFields = z.object({
  ngiCode: ZNgiCode,
  /** Create the NGI when the code is new; without it an unknown code is an error. */
  createNgi: checkbox.default(false),
  ngiName: z.string().trim().max(100).default(''),
  siteName: ZSiteName,
  timeZone: ZTimeZone.default('UTC'),
  description,
});

export const ZCreateTeam = ZTeamFields.superRefine((input, ctx) => {
  if (input.createNgi && !input.ngiName) ctx.addIssue({ code: 'custom', path: ['ngiName'], message: 'Name the new NGI (e.g. Portugal).' });
});
export type CreateTeamInput = z.infer<typeof ZCreateTeam>;

export const ZEditTeam = z.object({ teamId: id, version, ngiCode: ZNgiCode, siteName: ZSiteName, timeZone: ZTimeZone, description });
export type EditTeamInput = z.infer<typeof ZEditTeam>;

export const ZRetireTeam = z.object({ teamId: id, version, retire: checkbox });

export const ZAddContact = z.object({ teamId: id, email: ZEmail, name: z.string().trim().max(200).default('') });
export const ZRemoveContact = z.object({ contactId: id });

export const ZAddCommitment = z.object({
  teamId: id,
  componentId: z.string().trim().min(1, 'Choose a component.').max(64),
  platformId: z.string().trim().min(1, 'Choose an OS and architecture.').max(64),
});
export const ZRemoveCommitment = z.object({ commitmentId: id });

/** Add by e-mail, or pick a user who signed in through the identity provider. */
export const ZAddMember = z
  .object({
    teamId: id,
    email: z.preprocess((value) => (value === '' ? undefined : value), ZEmail.optional()),
    userId: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(64).optional()),
  })
  .superRefine((input, ctx) => {
    if (!input.email && !input.userId) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter an e-mail address or pick a user.' });
  });
export const ZRemoveMember = z.object({ membershipId: id });
