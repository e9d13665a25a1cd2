// How the metrics page chooses its period: a project year, or any date range. Plain GET forms, so the
// period lives in the URL (shareable, bookmarkable) and the page works without JavaScript.
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { FieldError } from '@/components/ui/field-error';
import { projectYearLabel } from '@/lib/metrics/project-quarters';
import type { FieldErrors } from '@/lib/errors';

interface Props {
  years: number[];
  year: number | null;
  from?: string;
  to?: string;
  errors?: FieldErrors;
}

export function PeriodForm({ years, year, from, to, errors = {} }: Props) {
  return (
    <div className="mb-6 grid gap-4 md:grid-cols-2">
      <form method="get" action="/metrics" aria-label="Choose a project year" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-48 flex-1">
          <label htmlFor="metrics-year" className="block text-sm font-medium text-slate-800">
            Project year
          </label>
          <select
            id="metrics-year"
            name="year"
            defaultValue={year ?? ''}
            className={inputClass}
            aria-invalid={errors.year?.length ? true : undefined}
            aria-describedby={errors.year?.length ? 'metrics-year-error' : undefined}
          >
            {year === null && <option value="">Choose a year</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y} ({projectYearLabel(y)})
              </option>
            ))}
          </select>
          <FieldError id="metrics-year-error" errors={errors.year} />
        </div>
        <button type="submit" className={buttonClass('primary')}>
          Show year
        </button>
      </form>
      <form method="get" action="/metrics" aria-label="Choose a date range" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4">
        {(['from', 'to'] as const).map((name) => (
          <div key={name} className="min-w-36 flex-1">
            <label htmlFor={`metrics-${name}`} className="block text-sm font-medium text-slate-800">
              {name === 'from' ? 'From' : 'To (inclusive)'}
            </label>
            <input
              id={`metrics-${name}`}
              type="date"
              name={name}
              required
              defaultValue={name === 'from' ? from : to}
              className={inputClass}
              aria-invalid={errors[name]?.length ? true : undefined}
              aria-describedby={errors[name]?.length ? `metrics-${name}-error` : undefined}
            />
            <FieldError id={`metrics-${name}-error`} errors={errors[name]} />
          </div>
        ))}
        <button type="submit" className={buttonClass('secondary')}>
          Show range
        </button>
      </form>
    </div>
  );
}
