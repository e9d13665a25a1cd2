// Input schemas of the release intake and of item transitions, shared by the server actions and the
// JSON API (forms send strings, JSON sends booleans and numbers: both are accepted).
import { z } from 'zod';
import { embargoUntil } from '@/lib/embargo/schemas';
import { MANUAL_TARGETS } from './release-item-machine';
import { RELEASE_TYPES } from './release-format';

const flag = z.preprocess((value) => value === true || value === 'on' || value === 'true' || value === '1', z.boolean());

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Enter a full http(s):// address.');

export const ZSubmitRelease = z.object({
  stackId: z.string({ error: 'Choose a middleware stack.' }).trim().min(1, 'Choose a middleware stack.'),
  componentId: z.string({ error: 'Choose a product.' }).trim().min(1, 'Choose a product.'),
  umdMajor: z
    .string({ error: 'Enter the UMD major release, e.g. EMI-1.0.' })
    .trim()
    .min(1, 'Enter the UMD major release, e.g. EMI-1.0.')
    .max(40, 'At most 40 characters.')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, 'Letters, digits, dots and dashes only, e.g. EMI-1.0 or gLite-3.2.'),
  productVersion: z
    .string({ error: 'Enter the product version, e.g. 1.8.0-1.' })
    .trim()
    .min(1, 'Enter the product version, e.g. 1.8.0-1.')
    .max(60, 'At most 60 characters.')
    .regex(/^[0-9A-Za-z][0-9A-Za-z._+~-]*$/, 'Letters, digits, dots, dashes, "+" and "~" only, e.g. 1.8.0-1.'),
  type: z.enum(RELEASE_TYPES, { error: 'Choose the release type.' }),
  security: flag.default(false),
  releaseNotes: text(20_000).min(1, 'Paste the release notes (or a summary with their address).'),
  documentationUrl: z.union([z.literal(''), httpUrl]).default(''),
  installNotes: text(20_000).default(''),
  /** Package list per platform id (or per "OS ARCH" through the API). */
  packages: z.record(z.string(), z.string().max(50_000, 'At most 50000 characters.')).default({}),
  cadenceOverride: flag.default(false),
  cadenceOverrideReason: text(2000).default(''),
  /** A security release may be embargoed from intake on (empty: not embargoed). */
  embargoedUntil: z.preprocess((value) => (value === '' || value === null ? undefined : value), embargoUntil.optional()),
}).superRefine((input, context) => {
  if (input.embargoedUntil && !input.security) {
    context.addIssue({ code: 'custom', path: ['embargoedUntil'], message: 'Only a security release can be embargoed: tick "Security release" or leave this empty.' });
  }
});
export type SubmitReleaseInput = z.infer<typeof ZSubmitRelease>;

/** The intake form posts one textarea per platform as `packages.<platformId>`: gather them. */
export function releaseFormToInput(form: Record<string, unknown>): Record<string, unknown> {
  const packages: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith('packages.')) packages[key.slice('packages.'.length)] = typeof value === 'string' ? value : '';
    else rest[key] = value;
  }
  return { ...rest, packages };
}

export const ZTransition = z.object({
  to: z.enum(MANUAL_TARGETS, { error: 'Choose a target state: IN_VERIFICATION, STAGED_ROLLOUT, VERIFICATION_REJECTED or SKIPPED_ROLLOUT.' }),
  expectedVersion: z.coerce.number({ error: 'expectedVersion is required (the version you saw).' }).int().positive(),
  reportUrl: z.string().trim().max(2000).optional(),
  reason: text(5000).optional(),
  justification: text(5000).optional(),
});
export type TransitionInput = z.infer<typeof ZTransition>;
