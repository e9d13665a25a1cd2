// Input of the catalogue mutations: Technology Providers, stacks, components (UMD capability, the
// platforms they ship on) and platforms.
import { z } from 'zod';
import { CAPABILITIES } from './capabilities';

const id = z.string().trim().min(1, 'Missing id.').max(64);
const version = z.coerce.number().int().min(1);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), 'Enter an http(s) URL or leave empty.')
  .default('');
/** A repeated form field (checkboxes) or a single value, as a list. */
const idList = z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(64)).max(200));

export const providerFields = {
  name: z.string().trim().min(2, 'At least 2 characters.').max(64, 'At most 64 characters.'),
  external: checkbox.default(false),
};
export const ZCreateProvider = z.object(providerFields);
export const ZEditProvider = z.object({ id, version, ...providerFields });

export const stackFields = {
  name: z.string().trim().min(2, 'At least 2 characters.').max(64, 'At most 64 characters.'),
  providerId: z.string().trim().min(1, 'Choose the Technology Provider.').max(64),
  mailingList: z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.'))]).default(''),
  repoUrl: optionalUrl,
};
export const ZCreateStack = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, 'At least 2 characters.')
    .max(32, 'At most 32 characters.')
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and "-" (it names the early-adopters-<slug> list).'),
  ...stackFields,
});
export const ZEditStack = z.object({ id, version, ...stackFields });

export const componentFields = {
  name: z
    .string()
    .trim()
    .min(1, 'Name the component.')
    .max(128, 'At most 128 characters.')
    .regex(/^\S+$/, 'No spaces (the name goes into ticket titles, e.g. SE-DPM_mysql or UNICORE/X).'),
  capability: z.enum(CAPABILITIES, 'Choose a UMD capability.'),
  description: z.string().trim().max(2000).default(''),
  platformIds: idList,
  /** GOCDB SERVICE_TYPE (e.g. CREAM-CE, SRM); empty: the component's endpoints are not read from GOCDB. */
  gocdbServiceType: z
    .string()
    .trim()
    .max(64, 'At most 64 characters.')
    .regex(/^[A-Za-z0-9._-]*$/, 'A GOCDB service type: letters, digits, ".", "_" and "-" (e.g. CREAM-CE).')
    .default('')
    .transform((value) => value || null),
};
export const ZCreateComponent = z.object({ stackId: z.string().trim().min(1, 'Choose the stack.').max(64), ...componentFields });
export const ZEditComponent = z.object({ id, version, ...componentFields });
export const ZRetireComponent = z.object({ id, version, retire: checkbox });

export const platformFields = {
  os: z.string().trim().min(2, 'At least 2 characters.').max(32).regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, ".", "_" and "-" (e.g. SL6).'),
  arch: z.string().trim().min(2, 'At least 2 characters.').max(16).regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, ".", "_" and "-" (e.g. x86_64).'),
};
export const ZCreatePlatform = z.object(platformFields);
export const ZEditPlatform = z.object({ id, version, ...platformFields });
/** Retire (retire=on) or bring back a provider, stack, platform or NGI (lib/catalog/retire-entry.ts). */
export const ZRetireEntry = z.object({ kind: z.enum(['technologyProvider', 'stack', 'platform', 'ngi']), id, version, retire: checkbox });

/** Callers that predate the GOCDB service type may leave it out: none on create, unchanged on edit. */
type GocdbTypeOptional<T> = Omit<T, 'gocdbServiceType'> & { gocdbServiceType?: string | null };
export type CreateComponentInput = GocdbTypeOptional<z.infer<typeof ZCreateComponent>>;
export type EditComponentInput = GocdbTypeOptional<z.infer<typeof ZEditComponent>>;
