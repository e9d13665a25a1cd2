// The coordinator's edit of a readiness policy: whole days, a consistent range, and a reason.
import { z } from 'zod';
import { POLICY_KINDS } from './policy';

const days = (label: string, min: number, max: number) =>
  z.coerce.number({ message: `${label}: a whole number.` }).int(`${label}: a whole number.`).min(min, `${label}: at least ${min}.`).max(max, `${label}: at most ${max}.`);

export const ZPolicy = z
  .object({
    kind: z.enum(POLICY_KINDS, { message: 'Choose a release type.' }),
    exposureMinDays: days('Shortest exposure', 1, 60),
    exposureDefaultDays: days('Default exposure', 1, 60),
    exposureMaxDays: days('Longest exposure', 1, 60),
    replyWorkingDays: days('Reply window', 1, 10),
    minAcceptReports: days('ACCEPT reports needed', 1, 10),
    // A checkbox: "on" when ticked, absent when not (a JSON client sends a boolean).
    requireTestPlan: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
    reason: z.string().trim().min(10, 'Say why the policy changes (at least 10 characters).').max(2000),
    version: z.coerce.number({ message: 'Reload the page.' }).int().min(0),
  })
  .refine((value) => value.exposureMinDays <= value.exposureDefaultDays, { path: ['exposureDefaultDays'], message: 'The default may not be shorter than the shortest exposure.' })
  .refine((value) => value.exposureDefaultDays <= value.exposureMaxDays, { path: ['exposureMaxDays'], message: 'The longest exposure may not be shorter than the default.' });

export type PolicyInput = z.infer<typeof ZPolicy>;
