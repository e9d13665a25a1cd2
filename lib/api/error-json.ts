// The one error shape of /api/v1, as a zod schema: the OpenAPI description's `Error` component is made
// from it, and the API tests check real refusals against it. `fieldErrors` names the body fields or
// query parameters at fault; `rules` travels with a refused ACCEPT (not_ready).
import { z } from 'zod';

export const API_ERROR_CODES = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'not_ready',
  'precondition_failed',
  'too_large',
  'unsupported_media_type',
  'cross_origin',
  'rate_limited',
  'disabled',
  'internal',
] as const;

export const ZApiError = z.strictObject({
  error: z.enum(API_ERROR_CODES),
  message: z.string().min(1),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  rules: z.array(z.unknown()).optional(),
});
