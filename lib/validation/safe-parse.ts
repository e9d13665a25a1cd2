// zod's safeParse, made to keep its promise of never throwing on untrusted input. In zod 4.6.7 (the latest),
// length checks (.min/.max/.length) also run on a value that failed its type check, as long as it has a
// `length` property, and compare that property as a number: JSON such as {"email":{"length":{"toString":1}}}
// then throws "Cannot convert object to primitive value" out of safeParse instead of reporting an issue.
// Everything parsed from a request body, a form or an uploaded file goes through this. Only that defect is
// caught: any other throw is a bug of ours and stays one (a logged 500 that the fuzz tests report).
import { z } from 'zod';
// Installs zod's error map for people before anything here parses.
import './human-messages';

export const UNEXPECTED_SHAPE = 'Some values have an unexpected type or shape.';

function unexpectedShape<T>(input: unknown): z.ZodSafeParseResult<T> {
  return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message: UNEXPECTED_SHAPE, input }]) as z.ZodError<T> };
}

function isLengthCheckDefect(error: unknown): boolean {
  return error instanceof TypeError && error.message === 'Cannot convert object to primitive value';
}

export function safeParseUntrusted<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(input);
  } catch (error) {
    if (isLengthCheckDefect(error)) return unexpectedShape(input);
    throw error;
  }
}

export async function safeParseUntrustedAsync<S extends z.ZodType>(schema: S, input: unknown): Promise<z.ZodSafeParseResult<z.output<S>>> {
  try {
    return await schema.safeParseAsync(input);
  } catch (error) {
    if (isLengthCheckDefect(error)) return unexpectedShape(input);
    throw error;
  }
}
