// The one shape of every status machine (a rollout, a team's participation, a release item): a table
// event -> from -> to, and the two questions asked of it. `assertEvent` is the one throwing check: an
// event not allowed in the current state is a ConflictError (409) in the machine's own words.
import { ConflictError } from '@/lib/errors';

/** event -> (from -> to). A state missing from an event's row: the event is not allowed there. */
export type EventTable<E extends string, From extends string, To extends From = From> = Record<E, Partial<Record<From, To>>>;

/** The state after `event`, or null when the event is not allowed in `from`. */
export function nextState<E extends string, From extends string, To extends From>(table: EventTable<E, From, To>, from: From, event: E): To | null {
  const row: Partial<Record<From, To>> = table[event];
  return row[from] ?? null;
}

/** The state after `event`; a ConflictError with `refusal`'s words when it is not allowed in `from`. */
export function assertEvent<E extends string, From extends string, To extends From>(
  table: EventTable<E, From, To>,
  from: From,
  event: E,
  refusal: (from: From, event: E) => string,
): To {
  const to = nextState(table, from, event);
  if (to === null) throw new ConflictError(refusal(from, event));
  return to;
}
