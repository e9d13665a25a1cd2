// Display formatting shared by pages. Dates are shown in UTC unless a time zone is given, with the
// zone named, because teams span from Canada to Australia.
// An Intl.DateTimeFormat costs far more to build than to use (it showed as 6% of a /teams render), so
// one formatter per kind and time zone is kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(kind: 'date' | 'dateTime', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: '2-digit' })
        : new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatterFor('date', timeZone).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${formatterFor('dateTime', timeZone).format(date)} ${timeZone === 'UTC' ? 'UTC' : timeZone}`;
}

/** "1 mail", "2 mails", "1 entry" / "3 entries" (give the plural when adding s is wrong). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : pluralNoun}`;
}
