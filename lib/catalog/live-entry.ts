// The one refusal of a new reference to a retired entry (a commitment or component on a retired platform
// or stack, a stack of a retired provider, a team in a retired NGI, a release of a retired stack): a 400
// with the reason next to the field that named it. Existing references stay; only new ones are refused.
import { ValidationError } from '@/lib/errors';

/** Throws when `entry` is retired; `label` names it for people ("SL5 x86_64", "gLite"). */
export function requireLive(entry: { retiredAt: Date | null }, label: string, field: string, refused: string): void {
  if (!entry.retiredAt) return;
  const message = `${label} is retired: ${refused}.`;
  throw new ValidationError(message, { [field]: [message] });
}
