// The object keys a zod (v4) schema reads, found by walking its definition through pipes,
// preprocessors, defaults, optionals, refinements and unions: the fuzzers aim hostile values at them.
import type { z } from 'zod';

type Def = { type?: string; shape?: Record<string, unknown>; in?: unknown; out?: unknown; innerType?: unknown; options?: unknown[]; schema?: unknown; left?: unknown; right?: unknown };

export function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function' && '_zod' in value;
}

export function schemaKeys(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!isZodSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const keys = new Set<string>();
  if (def.type === 'object') {
    const shape = (schema as unknown as { shape: Record<string, unknown> }).shape;
    for (const key of Object.keys(shape)) keys.add(key);
  }
  for (const inner of [def.in, def.out, def.innerType, def.schema, def.left, def.right, ...(def.options ?? [])]) {
    for (const key of schemaKeys(inner, seen)) keys.add(key);
  }
  return [...keys];
}
