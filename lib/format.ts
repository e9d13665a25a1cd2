// Display formatting shared by pages. Dates are shown in UTC unless a time zone is given, with the
// zone named, because teams span from Canada to Australia.
export function formatDate(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: '2-digit' }).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)} ${timeZone === 'UTC' ? 'UTC' : timeZone}`;
}
