// Building blocks of the API's request bodies, shared by lib/*/api-schemas.ts: a reference (an id or a
// natural name, resolved by lib/api/resolve-ref.ts), the version a write expects, and the optional
// fields of a PATCH built from the very field schemas the forms use.
import { z } from 'zod';

/** An id or a natural name; resolve-ref says which row it is. */
export const reference = (what: string) =>
  z.string(`Give the ${what}: its id or its name.`).trim().min(1, `Give the ${what}: its id or its name.`).max(200, 'At most 200 characters.');

/** The version the client read (or an If-Match header instead, which stands for it). */
export const expectedVersion = z.int('Send the version you read, or an If-Match header with its ETag.').min(1, 'A version is 1 or more.');

type Optional<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<T[K]> };

/** A field schema without its default: an absent field of a PATCH stays as it is instead of being reset. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault) return schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodPipe && schema.in instanceof z.ZodDefault) return (schema.in.unwrap() as z.ZodType).pipe(schema.out as z.ZodType);
  return schema;
}

/** The given form fields, each optional and without its default (a PATCH changes only what it names). */
export function patchFields<T extends z.ZodRawShape>(shape: T): Optional<T> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, withoutDefault(schema as z.ZodType).optional()])) as unknown as Optional<T>;
}

/** The body of a DELETE that retires (a team, a component): the version, unless If-Match is sent. */
export const ZApiRetire = z.strictObject({ version: expectedVersion });
