// The project years the year selector offers: from the first year with any recorded activity (a team
// formed or a release submitted) to the current project year.
import 'server-only';
import { db } from '@/lib/db/client';
import { quarterOf } from './project-quarters';

export async function getYearOptions(now: Date = new Date()): Promise<number[]> {
  const [team, release] = await Promise.all([
    db.team.aggregate({ _min: { createdAt: true } }),
    db.release.aggregate({ _min: { submittedAt: true } }),
  ]);
  const current = quarterOf(now).year;
  const dates = [team._min.createdAt, release._min.submittedAt].filter((d): d is Date => d !== null);
  const first = dates.length ? Math.min(current, ...dates.map((d) => quarterOf(d).year)) : current;
  const years: number[] = [];
  for (let year = current; year >= Math.max(first, current - 30); year -= 1) years.push(year);
  return years;
}
