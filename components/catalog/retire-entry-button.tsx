// Retire or bring back a provider, stack, platform or NGI from the catalogue page: one button, the same
// permission and audit as DELETE / POST …/restore in the API (lib/catalog/retire-entry.ts).
import { InlineActionForm } from '@/components/ui/inline-action-form';
import type { RetirableEntry } from '@/lib/catalog/retire-entry';
import { setEntryRetiredAction } from '@/app/(app)/catalog/actions';

export function RetireEntryButton({ kind, entry, name, effect }: { kind: RetirableEntry; entry: { id: string; version: number; retiredAt: Date | null }; name: string; effect: string }) {
  const retired = Boolean(entry.retiredAt);
  return (
    <InlineActionForm
      action={setEntryRetiredAction}
      hidden={{ kind, id: entry.id, version: String(entry.version), retire: retired ? 'false' : 'true' }}
      label={retired ? `Unretire ${name}` : `Retire ${name}`}
      variant={retired ? 'secondary' : 'danger'}
      confirm={retired ? undefined : `Retire ${name}? ${effect}; what refers to it now keeps it.`}
    >
      {retired ? 'Unretire' : 'Retire'}
    </InlineActionForm>
  );
}
