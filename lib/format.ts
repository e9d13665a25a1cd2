// Display formatting shared by pages: the one place dates and times are turned into text. The rule
// (issue #21): a time is shown in the VIEWER's time zone (their account setting; `viewerTimeZone()` in
// lib/auth/current-user.ts), always with the zone named, because teams span from Canada to Australia;
// where a team's deadline is meant, the site's local time is added (formatDeadline). formatDateTime
// has no default zone on purpose: a caller that forgets the viewer's zone does not compile.
// An Intl.DateTimeFormat costs far more to build than to use (it showed as 6% of a /teams render), so
// one formatter per kind and time zone is kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Record<'date' | 'dateTime' | 'short' | 'parts', Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: 'short', day: '2-digit' },
  dateTime: { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  short: { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  parts: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

function formatterFor(kind: keyof typeof OPTIONS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(kind === 'parts' ? 'en-CA' : 'en-GB', { timeZone, ...OPTIONS[kind] });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatterFor('date', timeZone).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatterFor('dateTime', timeZone).format(date)} ${timeZone === 'UTC' ? 'UTC' : timeZone}`;
}

/** "25 Nov 12:34", for tables that name their time zone once (in a caption or heading). */
export function formatShortDateTime(value: Date | null | undefined, timeZone: string): string {
  return value ? formatterFor('short', timeZone).format(value) : '—';
}

/** A team's deadline: in the viewer's zone, plus the site's local time when the zones differ. */
export function formatDeadline(value: Date, viewerZone: string, siteZone: string): string {
  const viewer = formatDateTime(value, viewerZone);
  if (viewerZone === siteZone) return viewer;
  return `${viewer} (${formatShortDateTime(value, siteZone)} ${siteZone} at the site)`;
}

/** The value of an <input type="datetime-local"> showing `date` in `timeZone` ("2026-12-06T21:09"). */
export function dateTimeLocalValue(date: Date, timeZone: string): string {
  const parts = formatterFor('parts', timeZone).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** "1 mail", "2 mails", "1 entry" / "3 entries" (give the plural when adding s is wrong). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : pluralNoun}`;
}
