// What the filter fields show after the URL's filters change (pure): a field still showing the filter
// that was applied before follows the new one; a field the person has typed into since keeps its text.
type Filters = Record<string, string | undefined>;

export function followApplied(drafts: Filters, before: Filters, after: Filters): Filters {
  const next: Filters = { ...drafts };
  for (const name of new Set([...Object.keys(drafts), ...Object.keys(before), ...Object.keys(after)])) {
    const untouched = (drafts[name] ?? '') === (before[name] ?? '');
    if (untouched) next[name] = after[name];
  }
  return next;
}
