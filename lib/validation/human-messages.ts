// The one place zod's default messages are replaced by text for people. zod's own messages ("Too big:
// expected string to have <=20000 characters", "Invalid input: expected string, received undefined")
// reach users whenever a schema gives no message of its own, so the app installs this as zod's global
// error map (z.config customError): messages written in a schema still win; everything else is phrased
// here from the issue and the field's name. Loaded by lib/validation/safe-parse.ts, which every parse of
// user input goes through, and by instrumentation.ts at server start.
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** Field names whose words alone would read badly. */
const FIELD_LABELS: Record<string, string> = {
  installNotes: 'Notes',
  body: 'The text',
  ngiCode: 'NGI code',
  ngiName: 'NGI name',
  url: 'The link',
  reportUrl: 'The report link',
  vos: 'VOs',
  exposureEnd: 'The end date',
};

/** "platformId" → "Platform", "siteName" → "Site name"; the form's own label when it differs is in FIELD_LABELS. */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string {
  const key = [...(path ?? [])].reverse().find((part): part is string => typeof part === 'string');
  if (!key) return 'This value';
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/Ids?$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'This value';
}

function lower(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const count = (value: number | bigint) => Number(value).toLocaleString('en-GB');

/** Selected things (ids, enums) are chosen; everything else is entered. */
function isChoice(path: readonly PropertyKey[] | undefined): boolean {
  const key = [...(path ?? [])].reverse().find((part) => typeof part === 'string');
  return typeof key === 'string' && /Ids?$/.test(key);
}

function missing(issue: Issue): string {
  const label = fieldLabel(issue.path);
  if (label === 'This value') return 'A value is missing.';
  return isChoice(issue.path) ? `Choose ${aOrAn(lower(label))}.` : `${label} is required.`;
}

function aOrAn(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`;
}

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'yes or no',
  date: 'a date',
  string: 'text',
  array: 'a list',
  object: 'a group of values',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const label = fieldLabel(issue.path);
  const max = count(issue.maximum as number);
  const input = issue.input;
  switch (issue.origin) {
    case 'string': {
      const have = typeof input === 'string' ? ` (you have ${count(input.length)})` : '';
      return `${label} can be at most ${max} characters${have}.`;
    }
    case 'array':
    case 'set':
      return `Choose at most ${max} (${lower(label)}).`;
    case 'file':
      return `${label} can be at most ${max} bytes.`;
    case 'date':
      return `${label} must be on or before ${new Date(Number(issue.maximum)).toISOString().slice(0, 10)}.`;
    default:
      return `${label} can be at most ${max}.`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const label = fieldLabel(issue.path);
  const min = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return min <= 1 ? missing(issue) : `${label} needs at least ${count(min)} characters.`;
    case 'array':
    case 'set':
      return min <= 1 ? `Choose at least one (${lower(label)}).` : `Choose at least ${count(min)} (${lower(label)}).`;
    case 'date':
      return `${label} must be on or after ${new Date(min).toISOString().slice(0, 10)}.`;
    default:
      return `${label} must be at least ${count(min)}.`;
  }
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  const label = fieldLabel(issue.path);
  switch (issue.format) {
    case 'email':
      return 'Enter an e-mail address such as name@example.org.';
    case 'url':
      return `${label} must be a full link starting with https://.`;
    case 'datetime':
    case 'date':
      return `${label} must be a valid date.`;
    case 'time':
      return `${label} must be a valid time.`;
    default:
      return `${label} contains characters that are not allowed here.`;
  }
}

/** The global error map: a message for every issue zod can raise. */
export function humanMessage(issue: Issue): string {
  const label = fieldLabel(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(issue.input)) return missing(issue);
      if (issue.expected === 'number' && typeof issue.input === 'string') return `${label} must be a number.`;
      return `${label} must be ${TYPE_WORDS[issue.expected] ?? 'a different kind of value'}.`;
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'not_multiple_of':
      return `${label} must be a multiple of ${String(issue.divisor)}.`;
    case 'invalid_value': {
      if (isEmpty(issue.input)) return missing(issue);
      const values = issue.values.map(String);
      return values.length <= 6 ? `Choose one of: ${values.join(', ')}.` : `Choose one of the listed values for ${lower(label)}.`;
    }
    case 'unrecognized_keys':
      return `Unexpected fields: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return isEmpty(issue.input) ? missing(issue) : `${label} is not in a form we understand.`;
    case 'invalid_key':
    case 'invalid_element':
      return `${label} contains a value that is not valid.`;
    default:
      return `${label} is not valid.`;
  }
}

z.config({ customError: humanMessage });
