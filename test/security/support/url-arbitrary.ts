// fast-check arbitraries of raw request targets (path and query exactly as on the request line) built
// from a route template such as /api/v1/rollouts/[number]/[transition]: every dynamic segment and every
// query parameter gets malformed percent escapes, encoded NUL and control characters, overlong text,
// out-of-range and odd numbers, dot segments, encoded hostile text, or a real value.
import fc from 'fast-check';
import { hostileString } from './hostile';

/** Raw (already encoded) segment values that break decoders and parsers. */
export const RAW_TRICKS = [
  '%', '%%', '%Z', '%ZZ', '%E0%A4%A', '%C3', '%C3%28', '%ED%A0%80', '%FF', '%00', '%01', '%0A', '%0D%0A', '%7F', '%09',
  'a%00.ics', 'x%00.rss', '%25', '%252F', '%2F', '%2e%2e', '..', '.', '%5C', 'a%20b',
  '0', '-1', '1.5', '1e400', '2147483647', '2147483648', '9007199254740993', '99999999999999999999999', 'NaN', 'Infinity',
  '__proto__', 'constructor', 'undefined', 'null', '[]', '%7B%7D',
];

const URL_SAFE = [...'abcXYZ019-._~!$&\'()*+,;=:@'];

/** Raw characters, mostly URL-safe, with stray '%' signs. */
const rawNoise = fc.string({ unit: fc.constantFrom(...URL_SAFE, '%', '%', 'F', 'e'), maxLength: 30 }).map((s) => s.replace(/[&=+]/g, ''));

/** Hostile text, correctly encoded (what a browser sends for it). */
const encodedHostile = hostileString.map((text) => encodeURIComponent(text.toWellFormed().slice(0, 3000)));

export function rawValue(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...RAW_TRICKS) },
    { weight: 2, arbitrary: real.length ? fc.constantFrom(...real.map(encodeURIComponent)) : fc.constant('x') },
    { weight: 2, arbitrary: rawNoise },
    { weight: 2, arbitrary: encodedHostile },
    { weight: 1, arbitrary: fc.integer({ min: 900, max: 2100 }).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...real, '1'), fc.constantFrom(...RAW_TRICKS)).map(([a, b]) => `${encodeURIComponent(a)}${b}`) },
  );
}

export interface UrlTemplate {
  /** e.g. /teams/[name]/edit */
  path: string;
  params: string[];
}

/** A raw request target for the template, its dynamic segments and query drawn from the arbitraries above. */
export function rawUrlArbitrary(template: UrlTemplate, queryKeys: readonly string[], realParams: (name: string) => readonly string[]): fc.Arbitrary<string> {
  const segments = template.params.length ? fc.tuple(...template.params.map((name) => rawValue(realParams(name)))) : fc.constant([] as string[]);
  // Query values are mostly well-formed (so most requests get past the URL guard to the page or route);
  // one tricky pair in a request is enough to reach the guard.
  const queryValue = fc.oneof({ weight: 4, arbitrary: encodedHostile }, { weight: 1, arbitrary: rawValue([]) });
  const query = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...queryKeys) }, { weight: 1, arbitrary: rawNoise }), queryValue), { maxLength: 3 });
  return fc.tuple(segments, query).map(([values, pairs]) => {
    let path = template.path;
    template.params.forEach((name, i) => {
      path = path.replace(new RegExp(`\\[+\\.{0,3}${name}\\]+`), values[i]!);
    });
    const search = pairs.map(([key, value]) => `${key}=${value}`).join('&');
    return search ? `${path}?${search}` : path;
  });
}
