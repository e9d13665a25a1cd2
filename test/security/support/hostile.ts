// fast-check arbitraries of hostile input: strings that break parsers, markup, formulas, SQL, path
// tricks, oversized text, odd numbers and types, nested junk; and helpers that shape them as a zod
// schema's keys, as query strings, JSON bodies and multipart forms.
import fc from 'fast-check';

export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\t\r\n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","x")',
  "'; DROP TABLE \"Team\"; --",
  '../../etc/passwd',
  '%00%2e%2e%2f',
  '\u202egnp.exe',
  '𝕏😀\uD800',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '99999999999999999999999',
  '2030-02-30T25:61:00Z',
  'true',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
  '{"__proto__":{"admin":true}}',
  'eat_' + 'A'.repeat(32),
  'x'.repeat(70_000),
];

/** A string, often a nasty one, sometimes huge (up to 2 MB). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 21 }).map((power) => 'A'.repeat(2 ** power)) },
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity),
);

/** Any JSON value, hostile leaves, a few levels deep. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber.filter(Number.isFinite),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString.filter((key) => key.length < 100), fc.constantFrom('__proto__', 'constructor', 'length', 'toString', 'valueOf')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Anything a JavaScript caller could pass: JSON plus undefined, bigint, dates (also invalid), functions, NaN. */
export const hostileAnything: fc.Arbitrary<unknown> = fc.oneof(
  hostileJson,
  fc.constantFrom(undefined, NaN, Infinity, 10n ** 30n, new Date(NaN), () => 1, Symbol('s'), new Map(), new Uint8Array(3)),
  fc.date({ noInvalidDate: false }),
);

/** An object over the given keys (any subset), each value hostile; sometimes with extra keys. */
export function hostileRecord(keys: string[], values: fc.Arbitrary<unknown> = hostileJson): fc.Arbitrary<Record<string, unknown>> {
  const known = keys.length ? fc.record(Object.fromEntries(keys.map((key) => [key, values])), { requiredKeys: [] }) : fc.constant({});
  return fc
    .tuple(known, fc.dictionary(hostileString.filter((key) => key.length < 60), values, { maxKeys: 2 }))
    .map(([record, extra]) => ({ ...extra, ...record }));
}

/** Repeated-key form values, as FormData and URLSearchParams carry them (always strings). */
export function hostileEntries(keys: string[]): fc.Arbitrary<[string, string][]> {
  const key = keys.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: hostileString.filter((k) => k.length < 60) }) : hostileString.filter((k) => k.length < 60);
  return fc.array(fc.tuple(key, hostileString), { maxLength: 8 });
}

export function toSearchParams(entries: [string, string][]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of entries) params.append(key, value);
  return params;
}

export function toFormData(entries: [string, string][], file?: { name: string; bytes: Uint8Array }): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  if (file) form.append('file', new File([file.bytes as BlobPart], file.name));
  return form;
}

/** How many runs each property gets (FC_RUNS overrides). */
export function runs(fallback: number): number {
  const value = Number(process.env.FC_RUNS);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
