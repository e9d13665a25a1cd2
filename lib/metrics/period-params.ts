// The period a metrics request asks for: `year=2010` (the project year May 2010 - April 2011) or
// `from=2010-05-01&to=2011-04-30` (calendar days, UTC, both inclusive); neither means the current
// project year. Bad parameters are a ValidationError naming the field, so the API answers 400.
import { z } from 'zod';
import { type FieldErrors, ValidationError } from '@/lib/errors';
import { dateRangePeriod, type Period, projectYearPeriod, quarterOf } from './project-quarters';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_RANGE_DAYS = 366 * 10;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Not a calendar date.');

const schema = z
  .object({
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'Use a four-digit project year, e.g. 2010.')
      .refine((value) => Number(value) >= MIN_YEAR && Number(value) <= MAX_YEAR, `Choose a year between ${MIN_YEAR} and ${MAX_YEAR}.`)
      .optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.year && (value.from || value.to)) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'Give either a project year or a date range, not both.' });
    }
    if (!!value.from !== !!value.to) {
      ctx.addIssue({ code: 'custom', path: [value.from ? 'to' : 'from'], message: 'A date range needs both a start and an end date.' });
    }
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date.' });
    }
  });

export type PeriodParams = { year?: string; from?: string; to?: string };

/** Reads `year`/`from`/`to` from query parameters (empty strings count as absent). */
export function readPeriodParams(get: (name: string) => string | null | undefined): PeriodParams {
  const read = (name: string) => get(name)?.trim() || undefined;
  return { year: read('year'), from: read('from'), to: read('to') };
}

export function parsePeriod(params: PeriodParams, now: Date = new Date()): Period {
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'year')] ??= []).push(issue.message);
    const reasons = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages!.join(' ')}`);
    throw new ValidationError(`Invalid period. ${reasons.join('; ')}`, fieldErrors);
  }
  const input = parsed.data;
  if (input.from && input.to) {
    const period = dateRangePeriod(new Date(`${input.from}T00:00:00Z`), new Date(`${input.to}T00:00:00Z`));
    if (period.end.getTime() - period.start.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw new ValidationError('The date range is too long (at most ten years).', { to: ['The date range is too long (at most ten years).'] });
    }
    return period;
  }
  return projectYearPeriod(input.year ? Number(input.year) : quarterOf(now).year);
}
