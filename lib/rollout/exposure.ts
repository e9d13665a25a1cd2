// The production exposure period of a team's installation (document section 2.3 step 11): the hard
// bounds of any end a manager may set, and the countdown. Its default length and the range that needs
// no reason come from the readiness policy (lib/readiness/policy.ts). Pure.

export const MIN_EXPOSURE_HOURS = 1;
export const MAX_EXPOSURE_DAYS = 60;
const DAY_MS = 86_400_000;

/** Why a manager's chosen end is not acceptable; null when it is. */
export function exposureEndProblem(start: Date, end: Date): string | null {
  if (Number.isNaN(end.getTime())) return 'Give a valid date and time.';
  if (end.getTime() < start.getTime() + MIN_EXPOSURE_HOURS * 3_600_000) return 'The exposure must end after it started.';
  if (end.getTime() > start.getTime() + MAX_EXPOSURE_DAYS * DAY_MS) return `The exposure may last at most ${MAX_EXPOSURE_DAYS} days.`;
  return null;
}

export interface Countdown {
  ended: boolean;
  /** Milliseconds left (0 once ended). */
  remainingMs: number;
  /** e.g. "3 days 4 hours left", "5 hours left", "ended". */
  label: string;
}

export function exposureCountdown(end: Date, now: Date): Countdown {
  const remainingMs = Math.max(0, end.getTime() - now.getTime());
  if (remainingMs === 0) return { ended: true, remainingMs, label: 'ended' };
  const days = Math.floor(remainingMs / DAY_MS);
  const hours = Math.floor((remainingMs % DAY_MS) / 3_600_000);
  const minutes = Math.ceil((remainingMs % 3_600_000) / 60_000);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const label =
    days > 0 ? `${plural(days, 'day')}${hours ? ` ${plural(hours, 'hour')}` : ''} left` : hours > 0 ? `${plural(hours, 'hour')} left` : `${plural(minutes, 'minute')} left`;
  return { ended: false, remainingMs, label };
}
