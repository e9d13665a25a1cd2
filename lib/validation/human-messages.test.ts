// Every zod schema of the app, fed missing, too long and wrongly typed values: no message zod wrote for
// developers ("Too big: expected string…", "Invalid input: expected string, received undefined") may
// come back, since parseInput shows these messages next to the fields.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '@/lib/actions/action-result';
import { ValidationError } from '@/lib/errors';
import { ZNotes } from '@/lib/rollout/schemas';
import { ZAddCommitment } from '@/lib/teams/schemas';
import { safeParseUntrusted } from './safe-parse';

const schemaModules = import.meta.glob<Record<string, unknown>>(['/lib/**/schemas.ts', '/lib/**/*-params.ts'], { eager: true });

/** zod's own English: the words its default messages are made of. */
const RAW_ZOD_TEXT = /Too big|Too small|Invalid input|Invalid (string|option|element|key|union|email|url|date|number)|\bexpected [a-z]+|\breceived [a-z]+|Unrecognized key|Required$/;

function isSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

/** The object shape behind pipes, preprocessors, defaults and optionals, when there is one. */
function objectShape(schema: z.ZodType, depth = 0): Record<string, z.ZodType> | undefined {
  if (depth > 8) return undefined;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  for (const inner of [def.in, def.out, def.innerType, def.schema]) {
    if (isSchema(inner)) {
      const shape = objectShape(inner, depth + 1);
      if (shape) return shape;
    }
  }
  return undefined;
}

function hostileInputs(schema: z.ZodType): unknown[] {
  const inputs: unknown[] = [undefined, null, 42, 'x'.repeat(60_000), {}, []];
  const shape = objectShape(schema);
  for (const key of Object.keys(shape ?? {})) {
    for (const value of ['', 'x'.repeat(60_000), 'not valid: <>%', 12.5, -1, { nested: true }, ['a', 'b'], 'x'.repeat(64).split('')]) {
      inputs.push({ [key]: value });
    }
  }
  return inputs;
}

const schemas = Object.entries(schemaModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]))
    .map(([name, schema]) => ({ name: `${file.replace(/^\//, '')}: ${name}`, schema })),
);

describe('validation messages for people', () => {
  it('finds the schemas to walk', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('$name never answers with zod’s raw text', ({ schema }) => {
    const raw: string[] = [];
    for (const input of hostileInputs(schema)) {
      const parsed = safeParseUntrusted(schema, input);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) if (RAW_ZOD_TEXT.test(issue.message)) raw.push(`${JSON.stringify(input)?.slice(0, 60)} → ${issue.message}`);
    }
    expect(raw).toEqual([]);
  });

  it('says how long notes may be and how long they are', () => {
    const parsed = safeParseUntrusted(ZNotes, { teamId: 't1', installNotes: 'n'.repeat(23_410) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['Notes can be at most 20,000 characters (you have 23,410).']);
  });

  it('asks for the platform of a commitment by name, next to the field', () => {
    let error: unknown;
    try {
      parseInput(ZAddCommitment, { teamId: 't1', componentId: 'c1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ platformId: ['Choose a platform.'] });
  });
});
