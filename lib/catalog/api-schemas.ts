// Bodies of the API's catalogue writes: the form's own field schemas (./schemas.ts), with the provider,
// stack and platforms given by id or name where the forms send ids. A PATCH changes only the fields it
// sends; unknown keys are a 400.
import { z } from 'zod';
import { expectedVersion, patchFields, reference } from '@/lib/api/body-fields';
import { componentFields, platformFields, providerFields, stackFields, ZCreatePlatform, ZCreateStack } from './schemas';

const stackOwnFields = z.object(stackFields).omit({ providerId: true }).shape;
const componentOwnFields = z.object(componentFields).omit({ platformIds: true }).shape;
const platformList = z.array(reference('platform'), 'A list of platforms (ids or "<OS> <arch>").').max(200, 'At most 200 platforms.');

export const ZApiCreateProvider = z.strictObject(providerFields);
export const ZApiEditProvider = z.strictObject({ version: expectedVersion, ...patchFields(providerFields) });

export const ZApiCreateStack = z.strictObject({ slug: ZCreateStack.shape.slug, provider: reference('Technology Provider'), ...stackOwnFields });
export const ZApiEditStack = z.strictObject({ version: expectedVersion, provider: reference('Technology Provider').optional(), ...patchFields(stackOwnFields) });

export const ZApiCreatePlatform = ZCreatePlatform.strict();
export const ZApiEditPlatform = z.strictObject({ version: expectedVersion, ...patchFields(platformFields) });

export const ZApiCreateComponent = z.strictObject({ stack: reference('stack'), platforms: platformList.default([]), ...componentOwnFields });
export const ZApiEditComponent = z.strictObject({ version: expectedVersion, platforms: platformList.optional(), ...patchFields(componentOwnFields) });
