// The project calendar of the reference document: project year Y runs 1 May Y to 30 April Y+1, in UTC;
// Q1 = May-Jul, Q2 = Aug-Oct, Q3 = Nov-Jan, Q4 = Feb-Apr. Every boundary is 00:00:00 UTC of the first
// day, start inclusive and end exclusive, so 2010-07-31T23:59:59Z is Q1 and 2010-08-01T00:00:00Z is Q2.

export interface ProjectQuarter {
  /** e.g. "2010-Q1" (project year 2010, i.e. May-Jul 2010). */
  key: string;
  year: number;
  index: 1 | 2 | 3 | 4;
  /** First instant of the quarter (inclusive). */
  start: Date;
  /** First instant after the quarter (exclusive). */
  end: Date;
}

/** A half-open interval [start, end) of instants. */
export interface Period {
  start: Date;
  end: Date;
  /** The project quarters intersecting the period, in order. */
  quarters: ProjectQuarter[];
  /** Set when the period is exactly one project year. */
  year: number | null;
}

const FIRST_MONTH = 4; // May, 0-based

export function quarterOf(date: Date): ProjectQuarter {
  const monthsSinceMay = date.getUTCMonth() - FIRST_MONTH;
  const year = monthsSinceMay >= 0 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const index = (Math.floor(((monthsSinceMay + 12) % 12) / 3) + 1) as ProjectQuarter['index'];
  return projectQuarter(year, index);
}

export function projectQuarter(year: number, index: ProjectQuarter['index']): ProjectQuarter {
  const firstMonth = FIRST_MONTH + (index - 1) * 3; // may exceed 11: Date.UTC rolls over into the next year
  return {
    key: `${year}-Q${index}`,
    year,
    index,
    start: new Date(Date.UTC(year, firstMonth, 1)),
    end: new Date(Date.UTC(year, firstMonth + 3, 1)),
  };
}

export function projectYearPeriod(year: number): Period {
  const start = new Date(Date.UTC(year, FIRST_MONTH, 1));
  const end = new Date(Date.UTC(year + 1, FIRST_MONTH, 1));
  return { start, end, quarters: quartersIntersecting(start, end), year };
}

/** The period from the first instant of `from` to the end of `to` (both calendar days, UTC). */
export function dateRangePeriod(from: Date, toInclusive: Date): Period {
  const start = startOfUtcDay(from);
  const end = new Date(startOfUtcDay(toInclusive).getTime() + 86_400_000);
  const year = quarterOf(start).year;
  const whole = projectYearPeriod(year);
  const isYear = whole.start.getTime() === start.getTime() && whole.end.getTime() === end.getTime();
  return { start, end, quarters: quartersIntersecting(start, end), year: isYear ? year : null };
}

export function quartersIntersecting(start: Date, end: Date): ProjectQuarter[] {
  const quarters: ProjectQuarter[] = [];
  if (end <= start) return quarters;
  let quarter = quarterOf(start);
  while (quarter.start < end) {
    quarters.push(quarter);
    quarter = quarter.index === 4 ? projectQuarter(quarter.year + 1, 1) : projectQuarter(quarter.year, (quarter.index + 1) as ProjectQuarter['index']);
  }
  return quarters;
}

export function inPeriod(date: Date | null | undefined, period: Pick<Period, 'start' | 'end'>): date is Date {
  return !!date && date >= period.start && date < period.end;
}

/** "Q1" inside one project year, "2010 Q1" when the period spans several. */
export function quarterLabel(quarter: ProjectQuarter, period: Pick<Period, 'quarters'>): string {
  const years = new Set(period.quarters.map((q) => q.year));
  return years.size > 1 ? `${quarter.year} Q${quarter.index}` : `Q${quarter.index}`;
}

/** "May 2010 – April 2011" style description of a project year. */
export function projectYearLabel(year: number): string {
  return `May ${year} – April ${year + 1}`;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** YYYY-MM-DD of a UTC instant. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
