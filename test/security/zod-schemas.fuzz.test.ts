// Property: every exported zod schema of the app (lib/**, components/**: the ones server actions and
// API routes parse with), fed hostile values of any type and size, shaped as its own keys, as
// FormData-like objects or as URLSearchParams, either parses or fails with issues: it never throws.
// The schema modules are found by scanning the source, so a new schemas.ts is covered without edits.
// Schemas are run as the app runs them on untrusted input, through safeParseUntrusted, which turns one
// known zod defect into an issue (see lib/validation/safe-parse.ts) and lets every other throw through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formToObject } from '@/lib/actions/action-result';
import { safeParseUntrustedAsync } from '@/lib/validation/safe-parse';
import { hostileAnything, hostileEntries, hostileRecord, runs, toFormData, toSearchParams } from './support/hostile';
import { importModule, schemaModules } from './support/discover';
import { isZodSchema, schemaKeys } from './support/schema-keys';

const schemaFiles = schemaModules();

async function loadSchemas() {
  const found: { name: string; schema: import('zod').ZodType; keys: string[] }[] = [];
  for (const file of schemaFiles) {
    const mod = await importModule(file);
    for (const [exportName, value] of Object.entries(mod)) {
      if (isZodSchema(value)) found.push({ name: `${file}#${exportName}`, schema: value, keys: schemaKeys(value) });
    }
  }
  return found;
}

const RUNS = runs(150);
const totals = { schemas: 0, inputs: 0 };

describe('zod schemas under hostile input', async () => {
  const schemas = await loadSchemas();

  it('finds the app\'s schemas (the scan works)', () => {
    expect(schemaFiles.length).toBeGreaterThan(10);
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringContaining('lib/rollout/schemas.ts#ZResolveRollout'), expect.stringContaining('lib/releases/schemas.ts#ZSubmitRelease')]));
  });

  it('the property catches a schema that throws (a preprocess calling .trim() on a non-string), through the guard too', async () => {
    const broken = z.object({ name: z.preprocess((value) => (value as string).trim(), z.string()) });
    await expect(
      fc.assert(fc.asyncProperty(hostileRecord(['name']), async (value) => void (await safeParseUntrustedAsync(broken, value))), { numRuns: 200 }),
    ).rejects.toThrow(/Property failed/);
  });

  for (const { name, schema, keys } of schemas) {
    it(`${name} parses or reports issues, never throws`, async () => {
      const input = fc.oneof(
        hostileAnything,
        hostileRecord(keys),
        hostileRecord(keys, hostileAnything),
        hostileEntries(keys).map((entries) => formToObject(toFormData(entries))),
        hostileEntries(keys).map(toSearchParams),
      );
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          totals.inputs++;
          let result;
          try {
            result = await safeParseUntrustedAsync(schema, value); // as the app parses (lib/validation/safe-parse.ts)
          } catch (error) {
            throw new Error(`${name} threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
          }
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
      totals.schemas++;
    });
  }

  it('reports how many inputs were tried', () => {
    console.log(`[fuzz] zod: ${totals.schemas} schemas x ${RUNS} runs = ${totals.inputs} inputs, 0 throws`);
    expect(totals.schemas).toBe(schemas.length);
  });
});
